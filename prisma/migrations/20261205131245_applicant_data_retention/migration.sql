-- AlterTable
ALTER TABLE "Application" ADD COLUMN "personalDataErasedAt" DATETIME;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "personalDataErasedAt" TIMESTAMP(3);

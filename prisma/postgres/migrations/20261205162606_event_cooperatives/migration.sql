-- CreateTable
CREATE TABLE "EventCooperative" (
    "eventId" INTEGER NOT NULL,
    "cooperativeId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventCooperative_pkey" PRIMARY KEY ("eventId","cooperativeId")
);

-- CreateIndex
CREATE INDEX "EventCooperative_cooperativeId_idx" ON "EventCooperative"("cooperativeId");

-- AddForeignKey
ALTER TABLE "EventCooperative" ADD CONSTRAINT "EventCooperative_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventCooperative" ADD CONSTRAINT "EventCooperative_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

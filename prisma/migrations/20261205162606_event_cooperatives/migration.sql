-- CreateTable
CREATE TABLE "EventCooperative" (
    "eventId" INTEGER NOT NULL,
    "cooperativeId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("eventId", "cooperativeId"),
    CONSTRAINT "EventCooperative_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventCooperative_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EventCooperative_cooperativeId_idx" ON "EventCooperative"("cooperativeId");

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "prefectureId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "rows" TEXT NOT NULL,
    "outcomes" TEXT NOT NULL,
    "ignoredHeaders" TEXT NOT NULL DEFAULT '',
    "totalRows" INTEGER NOT NULL,
    "newRows" INTEGER NOT NULL,
    "updatedRows" INTEGER NOT NULL,
    "unchangedRows" INTEGER NOT NULL,
    "errorRows" INTEGER NOT NULL,
    "warningRows" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedAt" DATETIME,
    CONSTRAINT "ImportBatch_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ImportBatch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ImportBatch_prefectureId_createdAt_idx" ON "ImportBatch"("prefectureId", "createdAt");

-- AlterTable
ALTER TABLE "Commune" ADD COLUMN     "alternativeNames" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Prefecture" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'PROVINCE',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Existing databases: the prefectures (urban units) of decree 2-15-40 among the stored records, the others being provinces (no semicolon in this comment: the migration runner splits on them).
UPDATE "Prefecture" SET "kind" = 'PREFECTURE' WHERE "code" IN ('TANGER-ASSILAH', 'MDIQ-FNIDEQ', 'OUJDA-ANGAD', 'FES', 'MEKNES', 'RABAT', 'SALE', 'SKHIRATE-TEMARA', 'CASABLANCA', 'MOHAMMEDIA', 'MARRAKECH', 'AGADIR-IDA-OUTANANE', 'INEZGANE-AIT-MELLOUL');

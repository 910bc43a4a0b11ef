-- Validation findings as upload-service reported them (JSON array): the errors behind INVALID, or warnings.
ALTER TABLE ledger ADD COLUMN findings TEXT NOT NULL DEFAULT '[]';

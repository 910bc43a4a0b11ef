package com.fapiaorelay.sync.reconcile;

import com.fapiaorelay.common.tax.SummaryChecksum;
import com.fapiaorelay.common.tax.TaxRecord;
import java.util.Collection;

/**
 * What a leaf's tax-side summary holds beyond the records our look-ups returned for it: records the tax system
 * has under keys we did not ask for. {@code count} of them, with these summed checksum terms.
 */
record Residue(BucketPair leaf, long count, long checksum) {

    static Residue of(BucketPair leaf, Collection<TaxRecord> shown) {
        long count = leaf.theirs().count();
        long checksum = SummaryChecksum.parse(leaf.theirs().checksum());
        for (TaxRecord record : shown) {
            if (leaf.contains(record.issuedAt())) {
                count--;
                checksum -= SummaryChecksum.term(record);
            }
        }
        return new Residue(leaf, count, checksum);
    }

    boolean unexplained() {
        return count != 0 || checksum != 0;
    }
}

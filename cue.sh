for m in afm-tracking afm-commission afm-performance afm-payouts afm-partners; do node --import tsx scripts/family-cue-rates.ts $m --draws 300 --over 0.45 > /tmp/afm-cue-$m.txt 2>&1 & done; wait

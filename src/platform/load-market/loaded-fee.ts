/**
 * The fee loaded contracts are signed at. The simulator's payments are what workers received, so
 * a fee-free contract releases exactly them; a fee would shrink every payment the study reads.
 */
export const LOADED_CONTRACT_FEE_BASIS_POINTS = 0

export const BACKGROUND_DOCUMENTS = 1;
export const BACKGROUND_DF = '';

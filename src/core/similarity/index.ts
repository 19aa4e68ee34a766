/** Text similarity for "related papers": the tokenizer and the TF-IDF index. */
export { tokenize } from './tokenize';
export { STOP_WORDS } from './stop-words';
export { TfIdfIndex, type QueryOptions, type ScoredId, type TfIdfIndexOptions } from './tfidf-index';

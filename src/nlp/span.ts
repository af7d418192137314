/** A stretch of the article's clean `text`: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Text for the synthetic vault: a generated vocabulary of pseudo-words grouped
 * into topics, so that papers on one topic share words and TF-IDF has real
 * structure to find, plus English function words at their usual frequency.
 */
import { Random, Zipf } from './random';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'cr', 'st', 'tr', 'pl', 'gr', 'th', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'x', 'nd', 'rt', 'st', 'm'];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'as', 'by', 'this', 'we', 'are', 'from', 'its', 'at', 'which'];

/** Words by topic and the distributions to draw them from. */
export class TextMaker {
  readonly words: string[];
  private readonly topicWords: number[][];
  private readonly global: Zipf;
  private readonly inTopic: Zipf;

  constructor(random: Random, vocabularySize: number, readonly topics: number, wordsPerTopic = 120) {
    const seen = new Set<string>(FUNCTION_WORDS);
    this.words = [];
    while (this.words.length < vocabularySize) {
      let word = '';
      const syllables = random.int(2, 4);
      for (let s = 0; s < syllables; s++) word += random.pick(ONSETS) + random.pick(VOWELS);
      word += random.pick(CODAS);
      if (!seen.has(word)) {
        seen.add(word);
        this.words.push(word);
      }
    }
    this.global = new Zipf(vocabularySize, 1.05);
    this.inTopic = new Zipf(wordsPerTopic, 0.9);
    this.topicWords = [];
    for (let t = 0; t < topics; t++) this.topicWords.push(random.sample(vocabularySize, wordsPerTopic));
  }

  /** `count` words on a topic, single-spaced: a third function words, a third topic words, a third the whole vocabulary. */
  sentence(random: Random, topic: number, count: number): string {
    const out: string[] = [];
    const own = this.topicWords[topic % this.topics];
    for (let i = 0; i < count; i++) {
      const u = random.next();
      if (u < 0.3) out.push(random.pick(FUNCTION_WORDS));
      else if (u < 0.65) out.push(this.words[own[this.inTopic.draw(random)]]);
      else out.push(this.words[this.global.draw(random)]);
    }
    return out.join(' ');
  }

  /** A short title-like phrase on a topic, capitalised. */
  phrase(random: Random, topic: number, count: number): string {
    const text = this.sentence(random, topic, count).split(' ').filter((w) => !FUNCTION_WORDS.includes(w)).join(' ') || this.words[topic] || 'untitled';
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

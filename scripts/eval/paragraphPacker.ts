// Packs paragraphs into documents of a minimum length, for the generated dev and training sets.

/** Collects paragraphs; `cut` closes the document being packed once it is long enough. */
export class ParagraphPacker {
  readonly docs: string[] = [];
  private current: string[] = [];
  private words = 0;

  constructor(private readonly minWords: number) {}

  add(paragraph: string): void {
    this.current.push(paragraph);
    this.words += paragraph.split(' ').length;
  }

  cut(): void {
    if (this.words < this.minWords) return;
    this.docs.push(this.current.join('\n\n') + '\n');
    this.current = [];
    this.words = 0;
  }
}

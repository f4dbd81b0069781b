/** Link reference definitions of a document: normalised identifier → URL. */
export type Definitions = ReadonlyMap<string, string>;

/** A link as an entry reads it: where it goes, what it says, and the badge it shows. */
export interface LinkToken {
  type: 'link';
  url: string;
  /** Visible text, without images. */
  text: string;
  /** The badge image, when the link shows one. */
  image?: { alt: string; url: string } | undefined;
  line: number;
}

/** The inline content of a list item's paragraph, reduced to what entry reading needs. */
export type InlineToken =
  | { type: 'text'; value: string }
  /** Emphasised or code text (`**CVPR 2025**`, `` `NeurIPS'24` ``). */
  | { type: 'tag'; value: string; style?: 'strong' | 'emphasis' | 'delete' | 'inlineCode' }
  | LinkToken;

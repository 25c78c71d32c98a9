/** A run of text the scan found, and whether the page still holds it as it was read. */

export interface TextBlock {
  readonly text: string;
  /** The text nodes of this block, with each one's offset into `text`. */
  readonly nodes: Text[];
  readonly nodeStarts: number[];
}

/** Whether a block's text nodes are still in the page and still spell its text. */
export function isIntact(block: TextBlock): boolean {
  const { nodes, nodeStarts, text } = block;
  let end = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!node.isConnected || text.substr(nodeStarts[i]!, node.data.length) !== node.data) return false;
    end = nodeStarts[i]! + node.data.length;
  }
  return end === text.length;
}

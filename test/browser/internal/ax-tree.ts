/**
 * The page's accessibility tree as a screen reader gets it (names, descriptions, states), read
 * through the runner's a11ySnapshot command. Chromium only: the runner drives Firefox through
 * WebDriver BiDi, which has no accessibility snapshot, so tests check the same in the DOM there.
 */
import { a11ySnapshot } from '@web/test-runner-commands';

export interface AXNode {
  role: string;
  name: string;
  description?: string;
  invalid?: string;
  children?: AXNode[];
}

export const treeReadable = !navigator.userAgent.includes('Firefox');

/** Every node of the page's tree that passes `test`, in tree order. */
export async function axNodes(test: (node: AXNode) => boolean): Promise<AXNode[]> {
  const found: AXNode[] = [];
  const walk = (node: AXNode) => {
    if (test(node)) found.push(node);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AXNode);
  return found;
}

/** The node with this role and name, or null. */
export async function axNode(role: string, name: string): Promise<AXNode | null> {
  return (await axNodes((node) => node.role === role && node.name === name))[0] ?? null;
}

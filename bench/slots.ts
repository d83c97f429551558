/**
 * The space of route "slots" one host can serve: a path and a set of methods. Within one host
 * every slot is distinct, and no slot's path covers another's (the parameter positions are fixed
 * by namespace, resource and depth, so two paths always differ in a segment that is literal in
 * both). Hence routes built from distinct slots never shadow, duplicate or slash-twin each other.
 */
import { shuffle, type Random } from './random.js';
import { NAMESPACES, RESOURCES, SUB_RESOURCES, type HostKind, type Noun } from './vocabulary.js';

export type SlotKind = 'collection' | 'item' | 'subCollection' | 'subItem' | 'files' | 'raw';

export interface Slot {
  readonly namespace: string;
  readonly resource: Noun;
  readonly kind: SlotKind;
  readonly sub?: Noun;
  /** Undefined: every method. */
  readonly methods: readonly string[] | undefined;
  /** Name stem, unique within one host: `get-order-item`. */
  readonly operation: string;
}

interface Operation {
  readonly verb: string;
  readonly methods: readonly string[] | undefined;
}

const op = (verb: string, methods?: readonly string[]): Operation => ({ verb, methods });

const OPERATIONS: Record<SlotKind, readonly Operation[]> = {
  collection: [op('list', ['GET']), op('create', ['POST'])],
  item: [op('get', ['GET', 'HEAD']), op('update', ['PUT', 'PATCH']), op('delete', ['DELETE'])],
  subCollection: [op('list', ['GET']), op('add', ['POST'])],
  subItem: [op('get', ['GET']), op('change', ['PUT', 'DELETE'])],
  files: [op('files')],
  raw: [op('raw', ['GET'])],
};

/** Every slot of one (namespace, resource) group, in the order a service would declare them. */
function groupSlots(namespace: string, resource: Noun): Slot[] {
  const slots: Slot[] = [];
  const add = (kind: SlotKind, sub: Noun | undefined, stem: (verb: string) => string): void => {
    for (const { verb, methods } of OPERATIONS[kind]) slots.push({ namespace, resource, kind, sub, methods, operation: stem(verb) });
  };
  add('collection', undefined, (verb) => (verb === 'list' ? `list-${resource.plural}` : `${verb}-${resource.singular}`));
  add('item', undefined, (verb) => `${verb}-${resource.singular}`);
  for (const sub of SUB_RESOURCES) {
    add('subCollection', sub, (verb) => (verb === 'list' ? `list-${resource.singular}-${sub.plural}` : `${verb}-${resource.singular}-${sub.singular}`));
    add('subItem', sub, (verb) => `${verb}-${resource.singular}-${sub.singular}`);
  }
  add('files', undefined, () => `${resource.singular}-files`);
  add('raw', undefined, () => `${resource.singular}-raw`);
  return slots;
}

export const SLOTS_PER_HOST = NAMESPACES.exact.length * RESOURCES.length * groupSlots('v1', RESOURCES[0]!).length;

export function pathOf(slot: Slot): string {
  const base = `/${slot.namespace}/${slot.resource.plural}`;
  const id = `{${slot.resource.singular}Id}`;
  switch (slot.kind) {
    case 'collection':
      return base;
    case 'item':
      return `${base}/${id}`;
    case 'subCollection':
      return `${base}/${id}/${slot.sub!.plural}`;
    case 'subItem':
      return `${base}/${id}/${slot.sub!.plural}/{${slot.sub!.singular}Id}`;
    case 'files':
      return `${base}/files/**`;
    case 'raw':
      return `${base}/raw/{proxy+}`;
  }
}

/** Hands out one host's slots: resource groups in a shuffled order, each group's slots in order. */
export class SlotAllocator {
  private readonly groups: { namespace: string; resource: Noun }[];
  private groupIndex = 0;
  private current: Slot[] = [];
  private slotIndex = 0;
  used = 0;

  constructor(kind: HostKind, random: Random) {
    this.groups = shuffle(
      NAMESPACES[kind].flatMap((namespace) => RESOURCES.map((resource) => ({ namespace, resource }))),
      random,
    );
  }

  get exhausted(): boolean {
    return this.slotIndex >= this.current.length && this.groupIndex >= this.groups.length;
  }

  next(): Slot {
    if (this.slotIndex >= this.current.length) {
      const group = this.groups[this.groupIndex++];
      if (!group) throw new Error('slot space exhausted');
      this.current = groupSlots(group.namespace, group.resource);
      this.slotIndex = 0;
    }
    this.used++;
    return this.current[this.slotIndex++]!;
  }
}

import { randomBytes } from 'node:crypto';
import type { DemoGroup, DemoTenant, DemoUser } from './demoTenant';
import type { Mailbox, MutableState, Notice, StoredEvent } from './state';
import type { StateFile } from './store';

/**
 * Choices where Exchange's behaviour is not confirmed (see `FIDELITY.md`): the emulator starts
 * with the case the app has to cope with, and a test can start it with the other.
 */
export interface EmulatorBehaviour {
  /**
   * The name an internal attendee is listed under: the one the organiser gave (`given`, the
   * default) or the directory's display name (`directory`), as a tenant might show it.
   */
  readonly attendeeNames?: 'given' | 'directory' | undefined;
  /**
   * The form of a new online meeting's join link: Teams' short one (`short`, the default: it
   * names no chat) or the older long one that carries the chat's thread id (`long`).
   */
  readonly joinUrls?: 'short' | 'long' | undefined;
}

/** The emulator's data and the operations every route needs. */
export class EmulatorCore {
  /** Choices among unconfirmed Exchange behaviours, set at start-up. */
  behaviour: EmulatorBehaviour = {};

  private readonly usersById = new Map<string, DemoUser>();
  private readonly usersByAddress = new Map<string, DemoUser>();
  private readonly groupsById = new Map<string, DemoGroup>();

  constructor(
    readonly tenant: DemoTenant,
    public state: MutableState,
    private readonly file: StateFile | undefined,
  ) {
    for (const u of tenant.users) {
      this.usersById.set(u.id, u);
      this.usersByAddress.set(u.mail.toLowerCase(), u);
      this.usersByAddress.set(u.userPrincipalName.toLowerCase(), u);
    }
    for (const g of tenant.groups) this.groupsById.set(g.id, g);
  }

  /** A user by id, address or UPN. */
  user(idOrAddress: string): DemoUser | undefined {
    return this.usersById.get(idOrAddress) ?? this.usersByAddress.get(idOrAddress.toLowerCase());
  }

  /** A group by id. */
  group(id: string): DemoGroup | undefined {
    return this.groupsById.get(id);
  }

  /** Every user of a group, through nested groups, each once, in a stable order. */
  transitiveMembers(group: DemoGroup): { users: DemoUser[]; groups: DemoGroup[] } {
    const users: DemoUser[] = [];
    const groups: DemoGroup[] = [];
    const seenUsers = new Set<string>();
    const seenGroups = new Set<string>([group.id]);
    const visit = (g: DemoGroup) => {
      for (const id of g.memberIds) {
        const u = this.usersById.get(id);
        if (u && !seenUsers.has(id)) {
          seenUsers.add(id);
          users.push(u);
        }
      }
      for (const id of g.groupIds) {
        const nested = this.groupsById.get(id);
        if (!nested || seenGroups.has(id)) continue;
        seenGroups.add(id);
        groups.push(nested);
        visit(nested);
      }
    };
    visit(group);
    return { users, groups };
  }

  /** The mailbox of a user, created empty the first time. */
  mailbox(userId: string): Mailbox {
    this.state.mailboxes[userId] ??= { events: [], notices: [] };
    return this.state.mailboxes[userId];
  }

  /** An event in a user's calendar. */
  event(userId: string, eventId: string): StoredEvent | undefined {
    return this.mailbox(userId).events.find((e) => e.id === eventId);
  }

  /** Every copy of one meeting (the organiser's and the attendees'), by iCalUId. */
  copies(iCalUId: string): { ownerId: string; event: StoredEvent }[] {
    const out: { ownerId: string; event: StoredEvent }[] = [];
    for (const [ownerId, box] of Object.entries(this.state.mailboxes)) {
      for (const event of box.events) if (event.iCalUId === iCalUId) out.push({ ownerId, event });
    }
    return out;
  }

  /** Drops a meeting message into a user's mailbox. */
  notify(userId: string, notice: Notice): void {
    this.mailbox(userId).notices.push(notice);
  }

  /** A new opaque id in the style of Exchange item ids. */
  newId(prefix = 'AAMkAD'): string {
    this.state.counter += 1;
    return `${prefix}${randomBytes(24).toString('base64url')}${this.state.counter.toString(36)}`;
  }

  /** Saves the state (atomically) after a change. */
  persist(): void {
    this.file?.save(this.state);
  }
}

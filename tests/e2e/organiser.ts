/**
 * The organiser's steps as a person takes them in the planner, in either language: the browser
 * tests of the whole flow are written with these.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  type Locale,
  type MeetingPlan,
  type Role,
  ROLE_LABELS,
  roleInSentence,
} from '../../src/domain';
import { STRINGS } from '../../src/ui/strings';
import { screenshot } from './browser';

/** The organiser's planner in one language, with a screenshot after each named step. */
export class OrganiserSteps {
  private step = 0;
  readonly t: (typeof STRINGS)[Locale];

  constructor(
    readonly page: Page,
    readonly locale: Locale,
    private readonly shots: string,
  ) {
    this.t = STRINGS[locale];
  }

  /** Saves a numbered screenshot of the step just taken. */
  async shot(name: string): Promise<void> {
    this.step += 1;
    await screenshot(this.page, `${this.shots}-${String(this.step).padStart(2, '0')}-${name}`);
  }

  /** Types into a combobox and picks the option whose name starts with `option`. */
  async pickFromCombobox(selector: string, text: string, option: string): Promise<void> {
    const box = this.page.locator(selector);
    await box.click();
    await box.fill(text);
    await this.page
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(option)}`) })
      .first()
      .click();
  }

  /** Sets the one-time TRIO groups of the organisation. */
  async chooseTrioGroups(): Promise<void> {
    await this.pickFromCombobox('#trio-group-leader', 'Ledere', 'Ledere – lokale enheder');
    await this.pickFromCombobox('#trio-group-amr', 'Alle AMR', 'Alle AMR');
    await this.pickFromCombobox('#trio-group-tr', 'Alle TR', 'Alle TR');
  }

  /** Adds a presenting workplace from the directory and waits for its TRIO. */
  async addWorkplace(name: string): Promise<void> {
    await this.pickFromCombobox('#workplace-search', name.slice(0, 8), name);
    await this.page.locator(`li[data-workplace="${name}"]`).waitFor();
  }

  /** Chooses the role the next people are invited for. */
  async inviteAs(role: Role): Promise<void> {
    await this.page.locator('#invite-role').click();
    await this.page
      .getByRole('option', { name: ROLE_LABELS[role][this.locale], exact: true })
      .click();
  }

  /** Invites a directory group's members for a role and waits until they are listed. */
  async inviteGroup(role: Role, group: string): Promise<void> {
    await this.inviteAs(role);
    await this.pickFromCombobox('#group-search', group, group);
    await this.addImport(role);
    await this.page
      .getByText(
        new RegExp(`^${escapeRegExp(this.t.groupLoaded({ group, n: 0 }).replace(/0$/, ''))}`),
      )
      .waitFor();
  }

  /** The group import's add button for a role: "Tilføj 12 personer som MED-medlem". */
  importButton(role: Role) {
    const inSentence = roleInSentence(role, this.locale);
    const one = escapeRegExp(this.t.importAdd({ n: 1, role: inSentence }));
    const many = escapeRegExp(this.t.importAdd({ n: 12345, role: inSentence })).replace(
      /12\S{1,2}345/,
      '[\\d.,]+',
    );
    return this.page.getByTestId('group-import').getByRole('button', {
      name: new RegExp(`^(${one}|${many})$`),
    });
  }

  /** Adds the members the group import lists, as ticked, for a role. */
  async addImport(role: Role): Promise<void> {
    await this.importButton(role).click();
  }

  /** Types a name into the focused person search and picks that person. */
  async pickPersonInFocus(name: string): Promise<void> {
    await this.page.keyboard.type(name);
    await this.page
      .getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}`) })
      .first()
      .click();
  }

  /** The finding of a code in the coverage panel. */
  finding(code: string) {
    return this.page.getByTestId('coverage').locator(`[data-code="${code}"]`);
  }

  /** Presses the finding's "Fix" and returns the id of the control that got the focus. */
  async fix(code: string): Promise<string> {
    await this.finding(code)
      .first()
      .getByRole('button', { name: new RegExp(`^${this.t.fix}:`) })
      .click();
    await expect
      .poll(() => this.page.evaluate(() => document.activeElement?.id ?? ''))
      .not.toBe('');
    return this.page.evaluate(() => document.activeElement?.id ?? '');
  }

  /** The error codes the coverage panel shows now. */
  async errorCodes(): Promise<string[]> {
    const errors = this.page
      .getByTestId('coverage')
      .locator('div')
      .filter({
        has: this.page.getByRole('heading', {
          // "Fejl (1)", "Errors (3)": the heading's word for one error and for several.
          name: new RegExp(
            `^(${[1, 2].map((n) => this.t.errors({ n }).replace(/ \(\d+\)$/, '')).join('|')}) \\(\\d+\\)$`,
          ),
        }),
      });
    return errors
      .locator('li[data-code]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-code') ?? ''));
  }

  /** The plan as the draft store holds it now. */
  async draft(user: string): Promise<MeetingPlan> {
    const text = await this.page.evaluate((key) => localStorage.getItem(key), `nm.draft.${user}`);
    return (JSON.parse(text ?? '{}') as { plan: MeetingPlan }).plan;
  }
}

/** A string as a regular expression matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

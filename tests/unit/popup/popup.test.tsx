// The popup against a fake browser: the tab and its content script are stubbed at the
// browser API (tabs.query / tabs.sendMessage), settings live in the fake storage.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analysis } from '../../../utils/engine/types';
import type { ContentRequest, PageState, PageStatus } from '../../../utils/messages';
import { getSettings, updateSettings } from '../../../utils/settings';
import { App } from '../../../entrypoints/popup/App';
import { seedAnalysis, SEED_TITLE } from './fixture';
import { useCatalogue } from './messages';

const TAB_ID = 42;
const URL_ = 'https://www.quotidien-du-monde.example/international/choigou.html';

function pageState(status: PageStatus, analysis: Analysis | null = null, extra: Partial<PageState> = {}): PageState {
  // Asserted rather than annotated: the content script's state gains fields over time.
  return ({
    status,
    meta: { title: SEED_TITLE, lang: 'fr', partial: false, url: URL_ },
    analysis,
    error: null,
    filterSpeakerId: null,
    highlightsOn: true,
    painted: analysis?.quotes.length ?? 0,
    focusedQuoteId: null,
    card: null,
    reason: null,
    ...extra,
  }) as PageState;
}

/** Stub the active tab; `reply` answers each message the popup sends to its content script. */
function stubTab(reply: (message: ContentRequest) => unknown, url: string | undefined = URL_) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: TAB_ID, url, active: true } as never]);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: TAB_ID, url } as never);
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: ContentRequest) => reply(message)) as never);
}

const stateOf = async () => (await screen.findByRole('main')).getAttribute('data-popup-state');

async function waitForState(state: string) {
  await waitFor(async () => expect(await stateOf()).toBe(state), { timeout: 3000 });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await useCatalogue('en');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('popup states', () => {
  it('says when QuoteLens cannot run in the tab (no content script answers)', async () => {
    stubTab(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    render(<App search="" />);
    await waitForState('unsupported');
    expect(screen.getByRole('heading', { name: "QuoteLens can't run on this page" })).toBeTruthy();
  });

  it('knows browser pages are out of reach without asking them', async () => {
    const send = stubTab(() => pageState('ready', seedAnalysis()), 'chrome://extensions/');
    render(<App search="" />);
    await waitForState('unsupported');
    expect(send).not.toHaveBeenCalled();
  });

  it('says when the page is not an article', async () => {
    stubTab(() => pageState('not-article'));
    render(<App search="" />);
    await waitForState('not-article');
    expect(screen.getByText("This page doesn't look like an article")).toBeTruthy();
  });

  it('shows progress while analysing, then the result without a click', async () => {
    let calls = 0;
    stubTab((m) => (m.type === 'get-state' ? (++calls < 3 ? pageState('analysing') : pageState('ready', seedAnalysis())) : undefined));
    render(<App search="" />);
    await waitForState('analysing');
    expect(screen.getByText('Reading the article…')).toBeTruthy();
    expect(screen.getByText('Reading the article…').closest('section')?.getAttribute('aria-busy')).toBe('true');
    await waitForState('ready');
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('says when the article attributes nothing to anyone', async () => {
    const empty = { ...seedAnalysis(), quotes: [], speakers: [] };
    stubTab(() => pageState('ready', empty));
    render(<App search="" />);
    await waitForState('empty');
    expect(screen.getByText('No attributed statement')).toBeTruthy();
    expect(screen.getByText(SEED_TITLE)).toBeTruthy();
  });

  it('offers to turn a site back on', async () => {
    await updateSettings({ disabledSites: ['www.quotidien-du-monde.example', 'other.example'] });
    stubTab(() => pageState('off-site'));
    render(<App search="" />);
    await waitForState('off-site');
    expect(screen.getByText('QuoteLens is off on www.quotidien-du-monde.example')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for this site' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['other.example']));
  });

  it('offers to resume when paused everywhere', async () => {
    await updateSettings({ paused: true });
    stubTab(() => pageState('paused'));
    render(<App search="" />);
    await waitForState('paused');
    fireEvent.click(screen.getByRole('button', { name: 'Resume everywhere' }));
    await waitFor(async () => expect((await getSettings()).paused).toBe(false));
  });

  it('shows an error with its detail and retries with reanalyze', async () => {
    let failed = true;
    const send = stubTab((m) => {
      if (m.type === 'reanalyze') failed = false;
      return failed ? pageState('error', null, { error: 'engine crashed: <b>x</b>' }) : pageState('ready', seedAnalysis());
    });
    render(<App search="" />);
    await waitForState('error');
    expect(screen.getByText('engine crashed: <b>x</b>')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitForState('ready');
    expect(send.mock.calls.some(([, m]) => (m as ContentRequest).type === 'reanalyze')).toBe(true);
  });

  it('inspects the tab named by ?tab= instead of the active one', async () => {
    const send = stubTab(() => pageState('not-article'));
    render(<App search="?tab=7" />);
    await waitForState('not-article');
    expect(send.mock.calls[0][0]).toBe(7);
  });

  it('treats a garbled reply as no content script rather than crashing', async () => {
    stubTab(() => ({ status: 'exploded', analysis: 'nope' }));
    render(<App search="" />);
    await waitForState('unsupported');
  });
});

describe('popup with the seed article', () => {
  it('lists the speakers most quoted first with their counts', async () => {
    stubTab(() => pageState('ready', seedAnalysis()));
    render(<App search="" />);
    await waitForState('ready');
    const list = screen.getByRole('list', { name: 'Who is quoted' });
    const rows = [...list.querySelectorAll('.speaker')].map((li) => [
      li.querySelector('.speaker__name')?.textContent,
      li.querySelector('.speaker__count')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Sergueï Choïgou', '7'],
      ['David Barnea', '3'],
      ['Moscou', '2'],
      ['Hossein Amir-Abdollahian', '1'],
    ]);
    const facts = list.querySelector('.speaker__facts')!;
    expect(facts.textContent).toBe('Person · Russia · ministre russe de la Défense');
    // Names and roles are the article's French words, inside an English UI.
    expect(facts.querySelector('[lang="fr"]')?.textContent).toBe('ministre russe de la Défense');
    expect(list.querySelector('.speaker__name')?.getAttribute('lang')).toBe('fr');
    expect(screen.getByText('54% of statements')).toBeTruthy();
    expect(screen.getByText(/Loaded verbs used about them: a affirmé, a tiré la sonnette d’alarme, affirmant/)).toBeTruthy();
  });

  it('sums up the totals in the header, above the tabs', async () => {
    stubTab(() => pageState('ready', seedAnalysis()));
    render(<App search="" />);
    await waitForState('ready');
    const summary = screen.getByRole('region', { name: 'Totals' });
    const items = [...summary.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['13 statements', '13 named', '0 anonymous', '2 direct', '3 partly quoted', '7 reported', '1 according to']);
    // Before the tab list, so that it shows whatever the tab.
    expect(summary.compareDocumentPosition(screen.getByRole('tablist')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the speakers first and the other views one tab away', async () => {
    stubTab(() => pageState('ready', seedAnalysis()));
    render(<App search="" />);
    await waitForState('ready');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Speakers4', 'Balance', 'Verbs', 'Export', 'Settings']);
    expect(screen.getByRole('tab', { name: 'Speakers (4)' }).getAttribute('aria-selected')).toBe('true');
    // Only the selected panel shows; the others are hidden, not just scrolled away.
    expect(screen.queryByRole('listitem', { name: 'Russia: 9 (69%)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy Markdown' })).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Balance' }));
    const balance = screen.getByRole('tabpanel', { name: 'Balance' });
    expect(balance.querySelector('[data-total="statements"]')?.textContent).toBe('13');
    expect(screen.getByRole('listitem', { name: 'Russia: 9 (69%)' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'Person: 11 (85%)' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Who is quoted' })).toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Verbs' }));
    expect(screen.getByRole('listitem', { name: 'a déclaré, 2 times' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'a toujours nié, 1 times' })).toBeTruthy();
  });

  it('moves between tabs with the arrow keys, Home and End (one tab stop)', async () => {
    stubTab(() => pageState('ready', seedAnalysis()));
    render(<App search="" />);
    await waitForState('ready');
    const selected = () => screen.getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);
    const speakers = screen.getByRole('tab', { name: 'Speakers (4)' });
    speakers.focus();
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    fireEvent.keyDown(speakers, { key: 'ArrowRight' });
    expect(selected()).toEqual(['Balance']);
    expect(document.activeElement?.textContent).toBe('Balance');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(selected()).toEqual(['Settings']);
    expect(screen.getByRole('switch', { name: 'Pause everywhere' })).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // wraps around
    expect(selected()).toEqual(['Speakers4']);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(selected()).toEqual(['Settings']);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(selected()).toEqual(['Speakers4']);
    expect(document.activeElement).toBe(speakers);
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    // Each panel is named by its tab and points back to it.
    const panel = screen.getByRole('tabpanel', { name: 'Speakers (4)' });
    expect(speakers.getAttribute('aria-controls')).toBe(panel.id);
  });

  it('keeps the settings below the message in states without tabs', async () => {
    stubTab(() => pageState('not-article'));
    render(<App search="" />);
    await waitForState('not-article');
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByRole('switch', { name: 'Highlights in the page' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Pause everywhere' })).toBeTruthy();
  });

  it('sends focus-speaker on click, then steps with next and previous', async () => {
    const send = stubTab((m) => {
      if (m.type === 'focus-speaker') return pageState('ready', seedAnalysis(), { focusedQuoteId: m.step === 0 ? 'q8' : m.step === 1 ? 'q9' : 'q8' });
      return pageState('ready', seedAnalysis());
    });
    render(<App search="" />);
    await waitForState('ready');
    fireEvent.click(screen.getByRole('button', { name: 'David Barnea: show in the page' }));
    await waitFor(() => expect(screen.getByText('Statement 1 of 3')).toBeTruthy());
    expect(send).toHaveBeenCalledWith(TAB_ID, { type: 'focus-speaker', speakerId: 's2', step: 0 });
    fireEvent.click(screen.getByRole('button', { name: 'Next statement by David Barnea' }));
    await waitFor(() => expect(screen.getByText('Statement 2 of 3')).toBeTruthy());
    expect(send).toHaveBeenCalledWith(TAB_ID, { type: 'focus-speaker', speakerId: 's2', step: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Previous statement by David Barnea' }));
    await waitFor(() => expect(screen.getByText('Statement 1 of 3')).toBeTruthy());
    expect(send).toHaveBeenCalledWith(TAB_ID, { type: 'focus-speaker', speakerId: 's2', step: -1 });
    expect(screen.getByRole('button', { name: 'David Barnea: show in the page' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('filters the highlights to the selected speaker and back', async () => {
    const send = stubTab(() => pageState('ready', seedAnalysis()));
    render(<App search="" />);
    await waitForState('ready');
    fireEvent.click(screen.getByRole('button', { name: 'Moscou: show in the page' }));
    const only = await screen.findByRole('checkbox', { name: 'Highlight only Moscou' });
    fireEvent.click(only);
    await waitFor(() => expect(send).toHaveBeenCalledWith(TAB_ID, { type: 'filter-speaker', speakerId: 's3' }));
    fireEvent.click(only);
    await waitFor(() => expect(send).toHaveBeenCalledWith(TAB_ID, { type: 'filter-speaker', speakerId: null }));
  });

  it('moves between speakers with the arrow keys', async () => {
    stubTab(() => pageState('ready', seedAnalysis()));
    render(<App search="" />);
    await waitForState('ready');
    const first = screen.getByRole('button', { name: 'Sergueï Choïgou: show in the page' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('David Barnea: show in the page');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Hossein Amir-Abdollahian: show in the page');
  });

  it('renders a speaker named like markup as literal text', async () => {
    const analysis = seedAnalysis();
    analysis.speakers[0].name = '<img src=x onerror=alert(1)>';
    stubTab(() => pageState('ready', analysis));
    render(<App search="" />);
    await waitForState('ready');
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.speaker__name')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('shows the language and the partial (paywall) badge', async () => {
    stubTab(() => pageState('ready', seedAnalysis(), { meta: { title: SEED_TITLE, lang: 'fr', partial: true, url: URL_ } }));
    render(<App search="" />);
    await waitForState('ready');
    expect(screen.getByText('Article language: French')).toBeTruthy();
    expect(screen.getByText('Partial')).toBeTruthy();
  });

  it('stores the settings toggles, with this site by hostname', async () => {
    stubTab(() => pageState('ready', seedAnalysis()));
    render(<App search="" />);
    await waitForState('ready');
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('switch', { name: 'Highlights in the page' }));
    await waitFor(async () => expect((await getSettings()).highlights).toBe(false));
    fireEvent.click(screen.getByRole('switch', { name: 'Off on www.quotidien-du-monde.example' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['www.quotidien-du-monde.example']));
    await waitForState('off-site');
    fireEvent.click(screen.getByRole('switch', { name: 'Pause everywhere' }));
    await waitFor(async () => expect((await getSettings()).paused).toBe(true));
  });

  it('copies Markdown and downloads CSV and JSON through object URLs', async () => {
    stubTab(() => pageState('ready', seedAnalysis()));
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:quotelens/1'));
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<App search="" />);
    await waitForState('ready');
    fireEvent.click(screen.getByRole('tab', { name: 'Export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0][0]).toMatch(/^# QuoteLens analysis: Sergueï Choïgou/);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(clicks).toEqual([expect.stringMatching(/^quotelens-sergueï-choïgou.*\.csv$/), expect.stringMatching(/\.json$/)]);
    expect(await blobs[0].text()).toContain('quote_id,speaker');
    expect(JSON.parse(await blobs[1].text()).analysis.speakers[0].name).toBe('Sergueï Choïgou');
    await waitFor(() => expect(screen.getAllByText(/^Saved quotelens-/).length).toBeGreaterThan(0));
  });
});

describe('popup in French', () => {
  it('follows the browser language', async () => {
    await useCatalogue('fr');
    stubTab(() => pageState('ready', seedAnalysis()));
    render(<App search="" />);
    await waitForState('ready');
    expect(screen.getByText('Qui est cité')).toBeTruthy();
    expect(document.querySelector('.speaker__facts')?.textContent).toBe('Personne · Russie · ministre russe de la Défense');
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Sources4', 'Équilibre', 'Verbes', 'Export', 'Réglages']);
    expect([...screen.getByRole('region', { name: 'Totaux' }).querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '13 propos',
      '13 de source nommée',
      '0 de source anonyme',
      '2 directs',
      '3 en partie cités',
      '7 rapportés',
      '1 « selon »',
    ]);
    expect(screen.getByText(/^7 propos/)).toBeTruthy();
  });
});

describe('popup keyboard flow', () => {
  it('moves focus to the new state when the focused control disappears', async () => {
    await updateSettings({ paused: true });
    let status: PageStatus = 'paused';
    stubTab(() => pageState(status));
    render(<App search="" />);
    await waitForState('paused');
    const resume = screen.getByRole('button', { name: 'Resume everywhere' });
    resume.focus();
    status = 'not-article'; // the content script follows the setting
    fireEvent.click(resume);
    resume.blur(); // the button is about to go: what a removed element leaves behind
    await waitForState('not-article');
    await waitFor(() => expect(document.activeElement?.id).toMatch(/status-title|speakers-heading/));
  });
});

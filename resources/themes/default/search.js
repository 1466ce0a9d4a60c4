// Newsdesk default theme: the site search page. Searches the index the export made with
// Pagefind (pagefind/ at the bundle's root), in the language of the page (<html lang>), and
// shows the results in the page's own words (the form's data-* attributes). A link to
// ".../search/?q=words" searches at once. Results are built as DOM nodes from text: nothing
// read from the index becomes markup but the <mark> Pagefind puts around the matches.

const form = document.querySelector('form.site-search');
const input = form.elements.q;
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const words = form.dataset;
const PerPage = 20;

let pagefind = null;
function load() {
    pagefind ??= import(new URL('../pagefind/pagefind.js', import.meta.url).href).then(
        async (module) => {
            // On the page's thread: a query reads a few small chunks.
            await module.options({ noWorker: true });
            return module;
        });
    return pagefind;
}

// Pagefind has no Georgian stemmer: it splits on spaces and punctuation, folds case
// (Mtavruli ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ to Mkhedruli) and matches every query word as the start of indexed
// words, so საქართველო finds საქართველოში and საქართველოს. Nouns lose a final -ი before their
// endings, and -ა or -ე before -ის and -ით (ბათუმი → ბათუმში, ვაჭრობა → ვაჭრობის): a Georgian
// word of five letters or more is searched without that vowel. A quoted phrase is left as is.
const georgian = /^[\u10D0-\u10FF]+$/u;
function pagefindQuery(text) {
    const folded = text.toLowerCase();
    if (folded.includes('"'))
        return folded;
    return folded
        .split(/[\s,.;:!?„“”«»()]+/u)
        .filter(Boolean)
        .map((word) => (georgian.test(word) && word.length >= 5 && /[აეი]$/u.test(word)
            ? word.slice(0, -1) : word))
        .join(' ');
}

// Pagefind's excerpt is the page's text, escaped, with <mark> around the matches. It is read
// as inert markup (DOMParser runs no script and loads nothing) and kept as text and marks.
function excerpt(html) {
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    return [...body.childNodes].map((node) => {
        if (node.nodeName !== 'MARK')
            return document.createTextNode(node.textContent);
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        return mark;
    });
}

function item(data) {
    const entry = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta?.title || data.url;
    heading.append(link);
    const text = document.createElement('p');
    text.append(...excerpt(data.excerpt || ''));
    entry.append(heading, text);
    return entry;
}

function finished(state) {
    form.dataset.state = state; // for tests and styles: "done", "unavailable"
}

let latest = 0;
async function run(text) {
    const asked = ++latest;
    const query = text.trim();
    list.replaceChildren();
    document.getElementById('search-more')?.remove();
    if (!query) {
        status.textContent = '';
        finished('done');
        return;
    }
    form.dataset.state = 'searching';
    status.textContent = words.searching;
    let results;
    try {
        results = (await (await load()).search(pagefindQuery(query))).results;
    } catch (error) {
        if (asked === latest) {
            status.textContent = words.unavailable;
            finished('unavailable');
        }
        return;
    }
    if (asked !== latest)
        return;
    status.textContent = results.length === 0 ? words.none.replace('%1', query)
        : results.length === 1 ? words.one
        : words.many.replace('%1', String(results.length));
    await show(results, 0, asked);
}

async function show(results, from, asked) {
    const page = await Promise.all(results.slice(from, from + PerPage).map((r) => r.data()));
    if (asked !== latest)
        return;
    list.append(...page.map(item));
    if (from + PerPage < results.length) {
        const more = document.createElement('button');
        more.type = 'button';
        more.id = 'search-more';
        more.textContent = words.more;
        more.addEventListener('click', () => {
            more.remove();
            show(results, from + PerPage, asked);
        });
        list.after(more);
    }
    finished('done');
}

form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    run(input.value);
});
let typing = 0;
input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => run(input.value), 200);
});
input.addEventListener('focus', load, { once: true });

const asked = new URLSearchParams(location.search).get('q');
if (asked) {
    input.value = asked;
    run(asked);
} else {
    finished('done');
}

"""Extraction: a pure function from one document to its events."""

from __future__ import annotations

import gc
from dataclasses import replace

from nkevents.detect.sentences import unwrapped
from nkevents.extract.anchors import drop_anchors
from nkevents.extract.chains import (
    also_there,
    carry_years,
    crews_taken,
    date_each_link,
    free_dated_links,
    sentences_apart,
)
from nkevents.extract.context import analyse, detect_language, sentences_with
from nkevents.extract.country_place import countries_as_places
from nkevents.extract.custody import custody_of_the_arrest, held_abroad
from nkevents.extract.date_scoring import Candidate as DateCandidate
from nkevents.extract.date_scoring import date_events
from nkevents.extract.dating import (
    campaign_months,
    chain_months,
    implicit_dates,
)
from nkevents.extract.episodes import campaign_periods, carry_episodes
from nkevents.extract.events import absorb_trials, build_event, group_mentions
from nkevents.extract.facility_place import facilities_as_places
from nkevents.extract.goods_lists import goods_listed
from nkevents.extract.headline_place import headline_places
from nkevents.extract.judgements import judgements_apart
from nkevents.extract.keep import keep_events
from nkevents.extract.lexicon import lexicon
from nkevents.extract.lists import split_lists
from nkevents.extract.mentions import complete, sentence_mentions
from nkevents.extract.past_cases import drop_past_cases
from nkevents.extract.place_scoring import Candidate, place_events
from nkevents.extract.realis import demote_restatements, realis_gate
from nkevents.extract.releases import date_handovers, handover_links, releases
from nkevents.extract.source_place import sources_place
from nkevents.extract.spread_parts import mark_spread_parts
from nkevents.extract.stories import (
    handovers_apart,
    headline_sentences,
    mark_members,
    mark_one_more,
    mark_recalled,
    merge_headlines,
)
from nkevents.extract.story import (
    drop_planned,
    drop_totals,
    entries_into_the_north,
    executed_on_the_verdict_day,
    goods_seized,
    no_defection_abroad,
    political_at_judgement,
    share_charges,
    share_goods,
    share_operation,
    share_people,
    share_siblings,
    share_whole,
    told_apart,
)
from nkevents.extract.told_counts import counts_told_beside
from nkevents.extract.told_months import perfect_months, told_months
from nkevents.literals import unsafe_letters
from nkevents.model import Document, Extraction

# Bump when rules or lexicons change what comes out: the store re-extracts on it.
EXTRACTOR_VERSION = "rules-0.10.0"


_READ = [0]  # documents extracted by this process
_FREEZE_AFTER = frozenset({1, 10, 100, 1000})


def _settle_heap() -> None:
    """Take what extraction has loaded so far (lexicons, gazetteer, caches: some 190,000
    objects, loaded on first use) out of the cycle collector's full passes, which walked
    them all about once a second for nothing (2% of the time): after the 1st, 10th, 100th
    and 1,000th document, by when a run has read both languages."""
    _READ[0] += 1
    if _READ[0] in _FREEZE_AFTER:
        gc.freeze()


def names_an_event(text: str, language: str, lowered: str | None = None) -> bool:
    """Whether a strong trigger (the only kind that starts an event) stands in the text, not
    inside a not-trigger (read around it with only the not-triggers whose literals stand
    there: extract.narrowing)."""
    lex = lexicon()
    lowered = text.lower() if lowered is None else lowered
    gate, narrowed = lex.not_trigger_gate[language], lex.narrowed_not_triggers[language]
    unsafe = unsafe_letters(gate.literals)
    exact = (
        gate.automaton is not None
        and not gate.open_tables
        and unsafe is not None
        and len(lowered) == len(text)
        and not any(c in lowered for c in unsafe)
    )
    testable = narrowed.testable(lowered) if exact else None
    for found in lex.strong_gate[language].candidates(text, lowered):
        window = (max(0, found.start() - 40), min(len(text), found.end() + 40))
        spans: list[tuple[int, int]] | None = None
        if exact and gate.automaton is not None:
            begin = window[0]
            hits = gate.automaton.find_matches_as_indexes(
                lowered[begin : window[1]], overlapping=True
            )
            literals = sorted((s + begin, e + begin, i) for i, s, e in hits)
            some = narrowed.matches(text, literals, window, testable)
            spans = None if some is None else [where for _, where in some]
        if spans is None:
            spans = [b.span() for b in lex.not_triggers[language].finditer(text, *window)]
        if not any(a <= found.start() < b for a, b in spans):
            return True
    return False


def extract(
    doc: Document,
    place_record: list[list[Candidate]] | None = None,
    keep_record: list[list[float]] | None = None,
    date_record: list[list[DateCandidate]] | None = None,
) -> Extraction:
    """The events of one document (relevant when it has any); with `place_record` and
    `date_record`, the place and date candidates of each event are appended to them (for
    fitting the weights), with `keep_record` the keep gate's features of each event out (for
    fitting the keep weights)."""
    _settle_heap()
    text = unwrapped(doc.text)  # wire copy wrapped mid-sentence: its breaks read as spaces
    if text is not doc.text:
        doc = replace(doc, text=text)
    language = detect_language(doc)
    # a literal pass, then the trigger patterns where it hit: most reports name no event
    lowered = doc.text.lower()  # one lowering for both gates
    if not names_an_event(doc.text, language, lowered):
        return Extraction(id=doc.id, relevant=False, events=[])
    ctx = analyse(doc, language, lowered)
    hits = ctx.gate_hits()
    # each sentence that may: the event types it names, with what it says of them
    mentions = [m for s in sentences_with(ctx.sentences, hits) for m in sentence_mentions(ctx, s)]
    # only what reports a happening: no conditional, habitual, statistic or description;
    # "체포된 밀수꾼들은", "the arrested traders" only refer to one told
    mentions = realis_gate(ctx, mentions)
    mentions = drop_anchors(ctx, mentions)  # "simultaneously with the execution": its time
    mentions = drop_past_cases(ctx, mentions)  # "who had once been jailed for smuggling"
    demote_restatements(ctx, mentions)
    mentions = complete(ctx, mentions)
    # a release of people held closes a detention: that detention is told
    mentions = releases(ctx, mentions)
    # "체포돼 보위부 감옥에 수감돼 조사를 받았다": the holding is the arrest's custody
    mentions = custody_of_the_arrest(ctx, mentions)
    # "Guards at the camp smuggled copper": the camp is the trade's place, no one held
    mentions = facilities_as_places(ctx, mentions)
    mentions = held_abroad(mentions)  # "the detainees at a Chinese facility": the capture's
    date_handovers(ctx, mentions)  # "deported ..., the ministry said Thursday": that day
    # "caught on 2 June and repatriated on 20 June": the hand-over is a link of its own
    mentions = handover_links(ctx, mentions)
    # a verb shared by dated items ("in April two ..., in June one ...") tells one event each
    mentions = split_lists(ctx, mentions)
    # "another man", "a second broker": one more happening, not the one told
    mark_one_more(ctx.text, language, mentions)
    # "In 2017, two women were executed there too": a recalled case, other people
    mark_recalled(ctx.text, language, doc.published, mentions)
    mark_members(ctx.text, mentions)  # "those executed included a salesman": some of them
    # "80 executed in seven cities ... In Wonsan, crowds watched": the total and one place's part
    mark_spread_parts(ctx, mentions)
    # a boat captured with its crew counted: the crew's arrest is a happening too
    mentions = crews_taken(ctx, mentions)
    # an arrest told in a judgement's sentence with a date of its own is its own event
    free_dated_links(ctx, mentions)
    # "executed one and sentenced 16 others to prison": the others' sentencing is its own
    sentences_apart(ctx, mentions)
    # "The official was sentenced to death and his deputies to life": two judgements
    mentions = judgements_apart(ctx, mentions)
    # each link of a chain told in one sentence keeps its own date
    date_each_link(ctx.text, language, mentions, ctx)
    carry_years(ctx, mentions)  # "in March 2018 ... repatriated in June": June 2018
    # "the crew were also detained": where the happening of the sentence before was
    also_there(ctx.text, mentions)
    # mentions of one happening grouped; a trial that only killed is its execution
    groups = drop_totals(absorb_trials(group_mentions(mentions), ctx.text))
    # "was deported" with no day: the dated hand-over's, not the capture's
    groups = handovers_apart(groups, language, doc.text)
    # the headline's copy of a happening is the body's event
    told = sorted({m.sentence.start: m.sentence for m in mentions}.values(), key=lambda s: s.start)
    headlines = headline_sentences(doc.text, doc.title, told)
    groups = merge_headlines(groups, headlines)
    # a measure may implement a resolution named elsewhere in the report
    for g in groups:
        if g.type == "sanction":
            g.doc_instruments = ctx.instruments()
    events = [build_event(g) for g in groups]
    # each event's place: the candidate its fitted weights score best
    place_events(ctx, groups, events, place_record)
    # "goods brought over included clothing and snacks": the list is the trade's told before
    goods_listed(ctx, events)
    # events of one story share what only one of their sentences says
    share_goods(events)
    goods_seized(events)  # the goods of a seizure told with an arrest are the seizure's
    apart = told_apart(groups, events)  # "in a separate case", "another man"
    share_charges(events, apart)
    political_at_judgement(events)  # "arrested ... sentenced for hostile acts": the verdict's
    no_defection_abroad(events)
    entries_into_the_north(events, doc.text)
    share_siblings(events)
    share_operation(events)  # a seizure and an arrest told as one act: one time and place
    executed_on_the_verdict_day(events, doc.text)  # "shot on the day of the verdict"
    headline_places(ctx, doc.title, events)  # "Hyesan police round up ...": the one town
    countries_as_places(ctx, groups, events)  # "arrested in China", with no town named
    sources_place(ctx, events)  # "양강도 소식통은 ...": the one place the report names
    share_whole(groups, events)
    share_people(events, doc.text)
    counts_told_beside(ctx, events)  # "A boat was found adrift. It carried five men."
    implicit_dates(ctx, events)  # "최근": the month of publication, if nothing better
    # "caught on 3 March ... They were sent to a camp": the month of the link before
    chain_months(doc.text, language, events)
    campaign_months(
        events, doc.text, language
    )  # a campaign dated by the day of an arrest told in it: its month
    campaign_periods(ctx, events)  # "since early March ... On March 14, ...": March
    # "On March 3, police raided a market in Hyesan. They arrested five women": that day, there
    carry_episodes(ctx, events, apart)
    told_months(ctx, events)  # "..., an official said Thursday": the month of the telling
    perfect_months(ctx, events)  # "have been detained in China": news just in, that month
    planned = {id(e) for e in drop_planned(events, doc.published)}  # dated after the report
    groups, events = (
        [g for g, e in zip(groups, events, strict=True) if id(e) in planned],
        [e for e in events if id(e) in planned],
    )
    # each event's date: the candidate its fitted weights score best
    date_events(ctx, groups, events, date_record)
    # the last gate: events the fitted keep weights score as spurious are dropped
    events = keep_events(doc.text, language, doc.published, headlines, groups, events, keep_record)
    return Extraction(id=doc.id, relevant=bool(events), events=events)

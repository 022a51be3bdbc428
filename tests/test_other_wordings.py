"""English event words told in other common wordings (a court that jails, a regime that
hangs, a headline's present, sanctions slapped or announced, goods uncovered in luggage,
troops deployed, a crossing that "made it" to safety), and the same words where they tell
no happening (a suicide, a party expulsion, traffic that increased, an agent noun as a
source, a rule, a tendency, a decade long past). All sentences are invented."""

from __future__ import annotations

import pytest
from extract_support import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text, language="en")]


TOLD = [
    ("A court in Hyesan jailed two women for ten years last week for selling copper.", "trial"),
    ("N. Korea court jails three smugglers in Hyesan for 15 years", "trial"),
    ("The two smugglers were jailed for life at a hearing in Sinuiju on Friday.", "trial"),
    ("The two men appeared in court in Chongjin on Monday accused of selling drugs.", "trial"),
    ("A military court-martialed three officers in Kaesong last week.", "trial"),
    ("The regime hanged a former party secretary in Chongjin in October.", "execution"),
    ("The vice-minister was purged and executed in December, a source said.", "execution"),
    ("N. Korea arrests 5 in Hoeryong over Chinese phone use", "arrest"),
    ("Police nabbed three traders in Hyesan on Monday for selling films.", "arrest"),
    ("China repatriates 50 North Korean defectors from Shenyang", "arrest"),
    ("Chinese police detain 12 North Korean defectors in Tonghua", "arrest"),
    ("Police in Hyesan put three traders behind bars on Friday.", "arrest"),
    ("Five North Koreans were expelled from Laos to China on June 2.", "arrest"),
    ("Security officials locked up three women in Hyesan on Thursday.", "arrest"),
    ("The broker illicitly imported 300 Chinese phones into Hyesan last month.", "smuggling"),
    ("Traders funneled North Korean coal to Chinese buyers through Nampo in March.", "smuggling"),
    ("A ship transferred 1,500 tons of diesel from a tanker at sea on June 3.", "smuggling"),
    ("Guards took away 20 USB sticks from traders in Hoeryong on Monday.", "seizure"),
    ("Authorities intercepted a shipment of arms at a southern port in July.", "seizure"),
    ("Airport customs seize 5 kg of gold from N. Korean envoy in Almaty", "seizure"),
    ("Customs uncovered 12 kg of gold in the envoy's luggage in Almaty on March 4.", "seizure"),
    ("Chinese customs confiscates 30 kg of meth from North Korean truck at Dandong", "seizure"),
    ("Security forces intensified their hunt for defectors in Musan on Monday.", "crackdown"),
    ("The authorities increased surveillance of the border in Hyesan in March.", "crackdown"),
    ("Border guards deployed extra troops along the Yalu in Hyesan in April.", "crackdown"),
    ("The US Treasury slapped sanctions on three Chinese firms on Tuesday.", "sanction"),
    ("Britain announced sanctions against two North Korean officials on Tuesday.", "sanction"),
    ("Washington targeted a Russian bank with sanctions on Thursday.", "sanction"),
    ("The EU placed five North Koreans on its sanctions list on Monday.", "sanction"),
    ("The Security Council passed a resolution banning textile exports on Sept. 11.", "sanction"),
    ("N. Korean soldier defects to South across DMZ near Paju", "escape"),
    ("North Korean soldier escapes to South Korea across DMZ", "escape"),
    ("Two North Koreans reached South Korea on a small boat on Sunday, officials said.", "escape"),
    ("Five North Koreans made it to Thailand in May after a trek through Laos.", "escape"),
    ("The pastor is being held in a state security prison in Pyongyang.", "detention"),
    ("The couple were thrown into a political prison camp in Yodok in June.", "detention"),
    ("Two soldiers ended up in the hands of state security in Hyesan on June 2.", "arrest"),
    ("Chinese police sent 60 North Koreans back across the border at Tumen on July 2.", "arrest"),
    ("Twelve defectors were handed back to North Korea by Chinese police on May 4.", "arrest"),
    ("Soldiers moved 5 tons of copper across the Yalu to Chinese buyers in May.", "smuggling"),
    ("A tanker took on 2,000 tons of oil from a foreign ship at sea on May 2.", "smuggling"),
    ("Officers took possession of 40 Chinese phones at the market in Hyesan on Friday.", "seizure"),
    ("The regime ordered border guards to shoot anyone crossing the river on May 2.", "crackdown"),
    ("A worker in Russia ran away from his workplace in Vladivostok on May 5.", "escape"),
    ("The three were handed two-year terms at a labour camp in Musan on May 5.", "trial"),
    ("The men brought 500 Chinese phones into North Korea illegally in May.", "smuggling"),
    ("Her husband was jailed for a year in Hyesan in May for theft.", "trial"),
    ("Security agents whisked away two students from their dormitory on May 3.", "arrest"),
    ("The two women were bundled into a car by state security in Hyesan on Monday.", "arrest"),
    ("Police carted off five traders from the market in Hyesan on Friday.", "arrest"),
    ("Soldiers offloaded 300 litres of fuel to Chinese buyers in Sinuiju in April.", "smuggling"),
    ("Officials spirited 10 tons of copper across the border to China in June.", "smuggling"),
    ("Guards took the phones off the traders at the checkpoint in Hyesan on Monday.", "seizure"),
    ("State security combed the villages along the Yalu for defectors on May 2.", "crackdown"),
    ("A North Korean waiter went missing from a restaurant in Harbin on April 3.", "escape"),
    ("Two soldiers crossed over to the South in Cheorwon on Tuesday.", "escape"),
    ("A worker absconded from a construction site in Vladivostok in May.", "escape"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "etype"), TOLD)
def test_an_event_told_in_other_words(text: str, etype: str) -> None:
    assert etype in _types(text)


NOT_TOLD = [
    # a suicide, a party expulsion, traffic that grew, a practice of hand-overs
    ("The official hanged himself in Chongjin in October.", "execution"),
    ("The cadre was expelled from the party in Hyesan in May.", "arrest"),
    ("This increased border traffic near Hyesan in November.", "crackdown"),
    ("China routinely forcibly repatriates them to North Korea under a 1986 protocol.", "arrest"),
    # a tendency, a rule, a decade long past
    ("Repatriated defectors tend to be sent to labour camps.", "arrest"),
    ("Repatriated defectors tend to be sent to labour camps.", "detention"),
    ("Smuggling copper is a crime punishable by up to ten years in prison.", "smuggling"),
    ("Crossing the river without a permit is illegal in the North.", "escape"),
    ("Police arrested three traders in Musan on 3 May 2019. In the late 1990s, hundreds of "
     "people were executed in the region for stealing food.", "execution"),
    ("Border guards detained a woman in Musan on 2 June 2019. In the 1990s, thousands of "
     "people fled to China during the famine.", "escape"),
    # agent nouns: a source, a former trade, a list of kinds of people
    ("A smuggler in Hyesan told the outlet that prices had doubled.", "smuggling"),
    ("According to a trafficker interviewed in Yanji, the price of brides has risen.", "smuggling"),
    ("A former smuggler from Hyesan described life near the border.", "smuggling"),
    ("Human traffickers and brokers operate openly in Yanji, a source said.", "smuggling"),
    ("A smuggling broker based in Dandong said demand for phones had fallen.", "smuggling"),
    # "urged" is no part of "purged": a wish stays a wish
    ("Rights groups urged China to halt the deportation of 50 defectors in May.", "arrest"),
    ("The regime ordered border guards to shoot anyone crossing the river on May 2.", "escape"),
    ("Smugglers in Hyesan usually cross the river at night.", "smuggling"),
    ("Police arrested a trader in Hyesan on 3 May 2019. Back in 2010, Kim fled to China.",
     "escape"),
    ("Police arrested a trader in Hyesan on 3 May 2019. Years ago, his brother was executed "
     "for smuggling.", "execution"),
    # the broadened words where they tell no happening
    ("The boy ran away from home in Hyesan in May after a quarrel.", "escape"),
    ("The North Korean team made it to the final in Seoul on Sunday.", "escape"),
    ("Chinese phones reached South Korea's market last year.", "escape"),
    ("The company took possession of a new factory in Sinuiju on May 2.", "seizure"),
    ("A farmer hanged his dog in Musan last week.", "execution"),
    ("Prices of rice increased sharply in Hyesan in March.", "crackdown"),
    ("The Treasury announced its annual budget on Tuesday.", "sanction"),
    ("A pastor was expelled from the church in Seoul in May.", "arrest"),
    ("Workers moved the coal across the yard in Chongjin in May.", "smuggling"),
    ("In April a broker moved three women across the river.", "smuggling"),
    # what the rules say
    ("The regulations state that confiscated phones are destroyed.", "seizure"),
    ("Under the rules, confiscated goods must be handed over to the state.", "seizure"),
    ("Volunteers combed the hills near Hyesan for the missing child on May 2.", "crackdown"),
    # no sign it happened
    ("There is no evidence that the two were tried.", "trial"),
    # a tendency, a condition by inversion, a kind of people told in the present
    ("It is not unusual for traders to be detained for weeks.", "arrest"),
    ("Had they been caught, they would have been shot.", "arrest"),
    ("The traffickers, who work in pairs, take women to Jilin.", "smuggling"),
    ("The smugglers' association in Hyesan has about 30 members.", "smuggling"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "etype"), NOT_TOLD)
def test_no_event_in_the_same_words(text: str, etype: str) -> None:
    assert etype not in _types(text)


def test_a_source_who_tells_an_act_keeps_it() -> None:
    """An agent noun beside an act of the kind told in its sentence is still the trade's."""
    text = "A smuggler in Hyesan said he smuggled 30 kg of copper into China on May 3."
    assert "smuggling" in _types(text)


def test_smugglers_told_with_a_past_act_keep_it() -> None:
    """A bare agent noun in a sentence with a verb in the past may be the trade's subject."""
    text = "Smugglers carried 30 kg of copper across the Yalu near Hyesan on May 3."
    assert "smuggling" in _types(text)


def test_smugglers_described_in_a_report_stay_a_trade() -> None:
    """Only the agent's own words ("a smuggler told") make it a source: a report that
    describes what smugglers went through still tells their trade."""
    text = (
        "The inquiry describes how a boat manned by copper smugglers sank near Dandong in May 2019."
    )
    assert "smuggling" in _types(text)


def test_a_place_that_was_raided_dates_the_arrest() -> None:
    """ "a house that was raided by police on Saturday" goes on about the arrest: no raid of
    its own (a raid is the operation of the arrest or seizure it makes, not a campaign)."""
    text = (
        "Chinese police detained ten North Koreans in Shenyang. They were hiding in a house "
        "that was raided by the local police on 4 November 2017."
    )
    assert _types(text) == ["arrest"]

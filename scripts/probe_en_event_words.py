"""Probes of English event finding told in other wordings: which happenings become events
and of which type, and the realis gate's negatives (habitual, conditional, normative,
recalled, agent nouns, look-alikes). Every sentence is invented for the project.

Each probe states the types that must be among the report's events (`want`) and those that
must not be (`refuse`); the tally is by phenomenon:

    .venv/bin/python scripts/probe_en_event_words.py          # failures, then the tally
    .venv/bin/python scripts/probe_en_event_words.py --quiet  # the tally only
"""
# ruff: noqa: E501

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from extract_support import events_of  # noqa: E402

P: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = []


def probe(
    ph: str,
    text: str,
    want: list[str] | tuple[str, ...] = (),
    refuse: list[str] | tuple[str, ...] = (),
) -> None:
    P.append((ph, text, tuple(want), tuple(refuse)))


# ---- trial
T = "trial"
probe(
    T,
    "A court in Hyesan jailed two women for ten years last week for selling copper to Chinese buyers, a source said.",
    ["trial"],
)
probe(T, "N. Korea court jails three smugglers in Hyesan for 15 years", ["trial"])
probe(T, "Kim went on trial in Pyongyang on March 3 on charges of spying.", ["trial"])
probe(T, "The two men appeared in court in Chongjin on Monday accused of selling drugs.", ["trial"])
probe(
    T,
    "A people's court handed down death sentences to three officials in Sinuiju on Tuesday.",
    ["trial"],
)
probe(
    T,
    "The court convicted a local trader of smuggling in Hoeryong last month and ordered him to serve eight years of hard labour.",
    ["trial"],
)
probe(
    T,
    "Three residents were given 10-year terms at a public trial held in a stadium in Hyesan on May 2.",
    ["trial"],
)
probe(
    T,
    "The sentencing of five smugglers took place at a mass rally in Musan on June 4, a source told the outlet.",
    ["trial"],
)
probe(T, "A judge jailed the broker for seven years in Chongjin in April.", ["trial"])
probe(T, "Authorities held a public trial for four drug dealers in Hamhung on Friday.", ["trial"])
probe(T, "He was tried and sentenced to life in a labour camp in Wonsan in January.", ["trial"])
probe(T, "Two soldiers faced a military tribunal in Kaesong last week for deserting.", ["trial"])

# ---- execution
E = "execution"
probe(E, "N. Korea executes 3 in Hyesan over drug deals", ["execution"])
probe(
    E,
    "North Korea publicly executed two men in Hyesan on Sunday for smuggling copper, a source said.",
    ["execution"],
)
probe(
    E,
    "A woman was put to death by firing squad in Sinuiju last month for selling phones.",
    ["execution"],
)
probe(
    E,
    "Authorities carried out the public execution of a smuggler in front of 500 residents in Musan on May 5.",
    ["execution"],
)
probe(
    E,
    "Three officials were shot in front of a crowd at an airfield in Pyongsong in March.",
    ["execution"],
)
probe(
    E,
    "A public execution was held in Hoeryong on April 12, with residents forced to watch.",
    ["execution"],
)
probe(E, "The regime hanged a former party secretary in Chongjin in October.", ["execution"])
probe(
    E,
    "Two traders faced a firing squad in Hyesan on Tuesday after being convicted of smuggling.",
    ["execution"],
)
probe(
    E,
    "Kim was killed by firing squad at a riverside in Musan in February, according to a source.",
    ["execution"],
)
probe(
    E,
    "Security agents gunned down three drug dealers at a public execution in Hamhung on June 10.",
    ["execution"],
)

# ---- arrest
A = "arrest"
probe(A, "N. Korea arrests 5 in Hoeryong over Chinese phone use", ["arrest"])
probe(
    A, "Police nabbed three traders in Hyesan on Monday for selling South Korean films.", ["arrest"]
)
probe(A, "Five smugglers were taken into custody near Musan on July 3, a source said.", ["arrest"])
probe(
    A,
    "State security agents picked up a woman in Hoeryong last week for making calls to China.",
    ["arrest"],
)
probe(
    A,
    "Border guards caught two men carrying copper across the Yalu on Friday.",
    ["arrest", "smuggling"],
)
probe(A, "The arrest of three students in Pyongyang on March 2 shocked residents.", ["arrest"])
probe(
    A,
    "A source said two soldiers were caught trying to sell fuel in Sinuiju last month.",
    ["arrest"],
)
probe(
    A,
    "Chinese police apprehended a group of seven North Korean defectors in Shenyang on Sunday.",
    ["arrest"],
)
probe(A, "Authorities rounded up dozens of market traders in Hamhung in early June.", ["arrest"])
probe(A, "China repatriates 50 North Korean defectors from Shenyang", ["arrest"])
probe(A, "The man was hauled off by security officers in Chongjin on May 1.", ["arrest"])
probe(
    A,
    "Security officials locked up three women in Hyesan on Thursday for watching foreign films.",
    ["arrest"],
)
probe(A, "Police busted a drug ring in Hamhung last week, detaining eleven people.", ["arrest"])
probe(
    A, "Three people were held by the Ministry of State Security in Musan on March 9.", ["arrest"]
)

# ---- smuggling
S = "smuggling"
probe(
    S,
    "Two women sneaked 30 kg of copper across the Tumen River into China in May, a source said.",
    ["smuggling"],
)
probe(
    S,
    "A trader illegally shipped 200 tons of coal to China in August, according to the report.",
    ["smuggling"],
)
probe(
    S,
    "The men ran cigarettes across the border to Chinese dealers near Hyesan last month.",
    ["smuggling"],
)
probe(
    S,
    "A North Korean vessel transferred 1,500 tons of diesel from a foreign tanker at sea on June 3.",
    ["smuggling"],
)
probe(S, "Residents of Musan trafficked gold into China in September.", ["smuggling"])
probe(
    S,
    "The smuggling of 20 kg of methamphetamine into China was uncovered in Sinuiju on Friday.",
    ["smuggling"],
)
probe(S, "A soldier secretly sold army fuel to a Chinese buyer in Hyesan in April.", ["smuggling"])
probe(
    S,
    "The company illegally exported 300 tons of iron ore to China in violation of UN sanctions last year.",
    ["smuggling"],
)

# ---- seizure
Z = "seizure"
probe(
    Z,
    "Customs officers seized 10 kg of methamphetamine from a North Korean ship in Nampo on May 4.",
    ["seizure"],
)
probe(
    Z,
    "Chinese customs confiscated 40 mobile phones at the Dandong crossing on Tuesday.",
    ["seizure"],
)
probe(
    Z,
    "Police found 3 kg of drugs hidden in a truck in Hyesan last week and took the goods.",
    ["seizure"],
)
probe(
    Z,
    "South Korea impounded a tanker suspected of carrying North Korean oil in Busan on Friday.",
    ["seizure"],
)
probe(Z, "Guards took away 20 USB sticks from traders in Hoeryong on Monday.", ["seizure"])
probe(
    Z,
    "Authorities intercepted a shipment of North Korean arms at a southern port in July.",
    ["seizure"],
)
probe(Z, "Airport customs seize 5 kg of gold from N. Korean envoy in Almaty", ["seizure"])
probe(
    Z,
    "The seizure of 2 tons of copper at the Sinuiju border crossing was reported on June 9.",
    ["seizure"],
)

# ---- crackdown
C = "crackdown"
probe(
    C,
    "North Korea has launched a sweeping crackdown on smuggling along the Chinese border this month.",
    ["crackdown"],
)
probe(C, "Authorities stepped up border patrols in Ryanggang Province in March.", ["crackdown"])
probe(C, "N. Korea tightens border controls after defections", ["crackdown"])
probe(
    C,
    "State security dispatched inspection teams to Hyesan last week to root out phone use.",
    ["crackdown"],
)
probe(
    C,
    "Police raided the Sunam market in Chongjin on Tuesday, looking for foreign goods.",
    ["crackdown"],
)
probe(C, "The regime began a 100-day campaign against anti-socialist acts in May.", ["crackdown"])
probe(
    C,
    "Security forces have intensified their hunt for defectors in Musan since early April.",
    ["crackdown"],
)
probe(
    C,
    "The Ministry of State Security launched a crackdown on illegal phone calls in Hyesan on March 1.",
    ["crackdown"],
)

# ---- sanction
N = "sanction"
probe(
    N,
    "The US Treasury slapped sanctions on three Chinese firms for trading with North Korea on Tuesday.",
    ["sanction"],
)
probe(N, "The EU blacklisted two North Korean shipping companies on June 5.", ["sanction"])
probe(
    N,
    "The UN Security Council unanimously adopted new sanctions on North Korea on Dec. 22.",
    ["sanction"],
)
probe(N, "Japan froze the assets of five North Korean officials on Friday.", ["sanction"])
probe(N, "US imposes sanctions on 3 N. Korean shipping agents", ["sanction"])
probe(
    N,
    "Washington targeted a Russian bank with sanctions on Thursday for helping Pyongyang evade restrictions.",
    ["sanction"],
)
probe(N, "China banned imports of North Korean coal on February 18.", ["sanction"])
probe(N, "The Treasury added six individuals to its sanctions list on March 2.", ["sanction"])

# ---- escape
X = "escape"
probe(X, "A North Korean soldier defected across the DMZ on Monday, the JCS said.", ["escape"])
probe(X, "N. Korean soldier defects to South across DMZ near Paju", ["escape"])
probe(
    X,
    "Two fishermen crossed the sea border in a wooden boat on June 3 and asked to stay in the South.",
    ["escape"],
)
probe(
    X,
    "A family of five fled across the Tumen River into China in May, according to a source.",
    ["escape"],
)
probe(
    X, "A woman made her way to Thailand via Laos last year after escaping North Korea.", ["escape"]
)
probe(
    X, "The trade official deserted his post in Minsk and arrived in Seoul in August.", ["escape"]
)
probe(
    X, "Three residents of Hyesan escaped to China last week by wading across the Yalu.", ["escape"]
)
probe(
    X, "A North Korean man swam across the Han River estuary to the South on Tuesday.", ["escape"]
)

# ---- detention
D = "detention"
probe(D, "The couple were sent to a political prison camp in Hwasong in June.", ["detention"])
probe(D, "Kim was jailed in a labour camp in Onsong for five years.", ["detention"])
probe(
    D,
    "The women have been held at a state security detention centre in Hyesan since March 3.",
    ["detention"],
)
probe(D, "Two students were banished to a labor camp in Kaechon last month.", ["detention"])
probe(
    D,
    "Authorities locked the smugglers up in a holding centre in Sinuiju on Friday.",
    ["detention"],
)
probe(D, "Three traders were thrown into a labour-training camp in Musan in May.", ["detention"])
probe(
    D,
    "The defector was imprisoned at Kyohwaso No. 12 in Jongori after her repatriation in 2015.",
    ["detention"],
)
probe(D, "He was sent away to a reeducation camp in Onsong last week.", ["detention"])

# ---- negatives: habitual
H = "neg-habitual"
probe(
    H,
    "Smugglers usually bribe border guards to look the other way.",
    refuse=["smuggling", "arrest"],
)
probe(H, "In North Korea, drug dealers are routinely executed in public.", refuse=["execution"])
probe(
    H,
    "Defectors who are repatriated are often sent to prison camps.",
    refuse=["arrest", "detention"],
)
probe(
    H,
    "Border guards tend to arrest anyone crossing the river at night.",
    refuse=["arrest", "escape"],
)
probe(H, "Traders regularly smuggle copper into China through Hyesan.", refuse=["smuggling"])
probe(
    H,
    "Security agents typically confiscate phones found during house searches.",
    refuse=["seizure", "crackdown"],
)
probe(
    H,
    "Executions are commonly carried out in front of crowds to deter others.",
    refuse=["execution"],
)
probe(H, "Every year thousands of North Koreans flee to China.", refuse=["escape"])

# ---- negatives: conditional
K = "neg-conditional"
probe(
    K,
    "Anyone caught smuggling will be shot, residents were warned.",
    refuse=["arrest", "smuggling", "execution"],
)
probe(
    K,
    "If they are caught, defectors face torture and imprisonment.",
    refuse=["arrest", "detention"],
)
probe(
    K,
    "Those who are arrested for watching foreign films could face execution.",
    refuse=["arrest", "execution"],
)
probe(
    K,
    "Should they be sent back, the women would be held in detention centres.",
    refuse=["arrest", "detention"],
)
probe(K, "Residents who sell phones risk being sent to a labour camp.", refuse=["detention"])
probe(
    K, "Were he repatriated, he would almost certainly be executed.", refuse=["arrest", "execution"]
)

# ---- negatives: normative
R = "neg-normative"
probe(
    R,
    "Under North Korean law, smuggling is punishable by death.",
    refuse=["smuggling", "execution"],
)
probe(
    R,
    "The criminal code stipulates that people who cross the border illegally be sentenced to up to five years.",
    refuse=["escape", "trial"],
)
probe(
    R,
    "The penal code prescribes life imprisonment for drug trafficking.",
    refuse=["smuggling", "detention", "trial"],
)
probe(R, "Under the rules, confiscated goods must be handed over to the state.", refuse=["seizure"])
probe(
    R,
    "The law requires that smugglers be arrested and tried.",
    refuse=["arrest", "trial", "smuggling"],
)

# ---- negatives: recalled background
B = "neg-recalled"
probe(
    B,
    "Police arrested two traders in Hyesan on 3 May 2019. Kim, who fled North Korea in 1998, runs a shop in Seoul.",
    ["arrest"],
    refuse=["escape"],
)
probe(
    B,
    "Border guards detained a woman in Musan on 2 June 2019. In the 1990s, thousands of people fled to China during the famine.",
    ["arrest"],
    refuse=["escape"],
)
probe(
    B,
    "Two men were executed in Hyesan on 4 May 2019. Public executions were common in the region during the late 1990s.",
    ["execution"],
)
probe(
    B,
    "Police arrested a trader on 3 May 2019. She had been arrested once before, in 2008, for selling rice.",
    ["arrest"],
)

# ---- negatives: agent nouns
G = "neg-agent"
probe(G, "Defector Park Min-ho, 34, said conditions were getting worse.", refuse=["escape"])
probe(G, "A smuggler in Hyesan told the outlet that prices had doubled.", refuse=["smuggling"])
probe(
    G,
    "According to a trafficker interviewed in Yanji, the price of a bride has risen.",
    refuse=["smuggling"],
)
probe(G, "An escapee now living in Seoul said the guards were hungry.", refuse=["escape"])
probe(
    G,
    "Brokers who help defectors charge about 10,000 dollars, a source said.",
    refuse=["escape", "smuggling"],
)
probe(
    G,
    "The former prisoner, now a human rights activist, spoke at the conference.",
    refuse=["detention"],
)

# ---- batch 2: more wordings
probe(T, "The Supreme Court in Pyongyang sentenced him to death on Monday.", ["trial"])
probe(
    T, "Two traders got ten years of hard labour at a public trial in Hyesan on May 3.", ["trial"]
)
probe(T, "A military court-martialed three officers in Kaesong last week.", ["trial"])
probe(T, "The former official was tried in absentia in Pyongyang in March.", ["trial"])
probe(T, "The two smugglers were jailed for life at a hearing in Sinuiju on Friday.", ["trial"])
probe(
    T,
    "A court in Chongjin found the pair guilty of selling drugs on June 2 and sentenced them to 15 years.",
    ["trial"],
)
probe(
    E,
    "North Korea hanged two women in Hoeryong in July for human trafficking, a source said.",
    ["execution"],
)
probe(
    E,
    "A former vice-minister was executed by machine gun in Hamhung last month.",
    ["execution"],
)
probe(E, "Three people were put before a firing squad in Musan on May 5.", ["execution"])
probe(E, "Authorities publicly shot two smugglers at a market in Hyesan on Monday.", ["execution"])
probe(
    E,
    "The execution of a party official by firing squad took place in Chongjin on March 3.",
    ["execution"],
)
probe(E, "The vice-minister was purged and executed in December, a source said.", ["execution"])
probe(A, "Chinese police detain 12 North Korean defectors in Tonghua", ["arrest"])
probe(
    A,
    "State security seized three women at a market in Hyesan on Monday for making phone calls to China.",
    ["arrest"],
)
probe(A, "The nine defectors were sent back to North Korea from Laos on May 28.", ["arrest"])
probe(
    A,
    "Two soldiers were taken away by state security in Hyesan on Friday, a source said.",
    ["arrest"],
)
probe(A, "Russia deported two North Korean workers from Vladivostok on June 5.", ["arrest"])
probe(
    A,
    "Police in Hyesan put three traders behind bars on Friday for selling Chinese phones.",
    ["arrest"],
)
probe(A, "Thai police detained five North Koreans in Chiang Rai on Sunday.", ["arrest"])
probe(A, "Five North Koreans were expelled from Laos to China on June 2.", ["arrest"])
probe(S, "Two soldiers smuggled 50 kg of copper into China in June, a source said.", ["smuggling"])
probe(S, "The broker illicitly imported 300 Chinese phones into Hyesan last month.", ["smuggling"])
probe(
    S,
    "A group of traders funneled North Korean coal to Chinese buyers through Nampo in March.",
    ["smuggling"],
)
probe(
    S, "Residents in Hyesan bootlegged Chinese cigarettes across the river in May.", ["smuggling"]
)
probe(
    S,
    "North Korean ships delivered coal to Vietnam in breach of sanctions in April.",
    ["smuggling"],
)
probe(S, "Two men sold stolen copper wire on the black market in Hamhung last week.", ["smuggling"])
probe(
    Z, "Chinese customs confiscates 30 kg of meth from North Korean truck at Dandong", ["seizure"]
)
probe(
    Z,
    "Guards discovered 3 kg of methamphetamine in a truck at the Sinuiju crossing on Monday and confiscated it.",
    ["seizure"],
)
probe(Z, "Police in Hyesan took 300 Chinese phones from market traders on Friday.", ["seizure"])
probe(
    Z, "The cargo was seized by Philippine authorities at a northern port on March 5.", ["seizure"]
)
probe(
    Z,
    "Customs officials uncovered 12 kg of gold in the envoy's luggage in Almaty on March 4.",
    ["seizure"],
)
probe(Z, "A North Korean ship was impounded in Busan on Friday.", ["seizure"])
probe(
    C,
    "Security agents raided homes in Hyesan on Monday in search of South Korean films.",
    ["crackdown"],
)
probe(C, "The authorities increased surveillance of the border in Hyesan in March.", ["crackdown"])
probe(C, "North Korea sealed its border with China in late January.", ["crackdown"])
probe(C, "Police carried out house-to-house searches in Musan on Friday.", ["crackdown"])
probe(C, "A crackdown on phone use is under way in Hoeryong, a source said.", ["crackdown"])
probe(C, "Border guards deployed extra troops along the Yalu in Hyesan in April.", ["crackdown"])
probe(N, "US sanctions 3 Chinese firms over North Korea trade", ["sanction"])
probe(N, "The EU placed five North Koreans on its sanctions list on Monday.", ["sanction"])
probe(N, "Britain announced sanctions against two North Korean officials on Tuesday.", ["sanction"])
probe(
    N,
    "The Security Council passed a resolution banning North Korean textile exports on Sept. 11.",
    ["sanction"],
)
probe(N, "Japan expanded its sanctions on North Korea on Friday, adding 9 entities.", ["sanction"])
probe(
    N,
    "The Treasury designated two Chinese banks on Thursday for handling North Korean funds.",
    ["sanction"],
)
probe(X, "North Korean soldier escapes to South Korea across DMZ", ["escape"])
probe(
    X,
    "Two North Koreans reached South Korea on a small boat on Sunday, the military said.",
    ["escape"],
)
probe(X, "A North Korean trade official in Vienna defected to the South in November.", ["escape"])
probe(
    X,
    "A 20-year-old soldier fled across the Military Demarcation Line in Cheorwon on Tuesday.",
    ["escape"],
)
probe(X, "A family of four slipped out of North Korea across the Tumen in March.", ["escape"])
probe(X, "Five North Koreans made it to Thailand in May after a trek through Laos.", ["escape"])
probe(D, "The couple were thrown into a political prison camp in Yodok in June.", ["detention"])
probe(D, "Three traders were put behind bars at a labour camp in Hyesan last month.", ["detention"])
probe(D, "The woman was transferred to a kyohwaso in Jongori in April.", ["detention"])
probe(
    D, "Authorities sent the three men to a labour-training camp in Musan on May 5.", ["detention"]
)
probe(D, "The pastor is being held in a state security prison in Pyongyang.", ["detention"])
probe(
    D,
    "The two men were placed in a detention centre in Sinuiju after their repatriation on May 2.",
    ["detention"],
)
probe(
    H, "North Korean smugglers generally cross the river at night.", refuse=["smuggling", "escape"]
)
probe(H, "It is common for guards to confiscate goods from traders.", refuse=["seizure"])
probe(H, "Security agents often raid markets in search of foreign films.", refuse=["crackdown"])
probe(H, "Repatriated defectors tend to be sent to labour camps.", refuse=["arrest", "detention"])
probe(H, "Women caught in China are typically repatriated within weeks.", refuse=["arrest"])
probe(
    K,
    "Anyone who defects risks having their family sent to a prison camp.",
    refuse=["escape", "detention"],
)
probe(
    K,
    "People who are caught smuggling are sentenced to years of hard labour.",
    refuse=["arrest", "trial", "smuggling"],
)
probe(
    K,
    "If the smugglers are caught, the goods are confiscated.",
    refuse=["arrest", "seizure", "smuggling"],
)
probe(
    K,
    "Unless they pay bribes, traders caught at the border are sent to labour camps.",
    refuse=["arrest", "detention"],
)
probe(
    R,
    "Smuggling copper is a crime punishable by up to ten years in prison.",
    refuse=["smuggling", "trial", "detention"],
)
probe(
    R,
    "Article 233 of the criminal code bans crossing the border without permission.",
    refuse=["escape", "crackdown"],
)
probe(
    R,
    "Under the law, anyone found guilty of trafficking faces the death penalty.",
    refuse=["smuggling", "trial", "execution"],
)
probe(
    B,
    "Police arrested three traders in Musan on 3 May 2019. In the late 1990s, hundreds of people were executed in the region for stealing food.",
    ["arrest"],
    refuse=["execution"],
)
probe(
    B,
    "Two soldiers defected across the DMZ on 2 May 2019. The last such crossing was in 2017, when a soldier was shot five times.",
    ["escape"],
)
probe(G, "A former smuggler from Hyesan described life near the border.", refuse=["smuggling"])
probe(
    G, "Human traffickers and brokers operate openly in Yanji, a source said.", refuse=["smuggling"]
)
probe(G, "The defector, who asked not to be named, said prices were rising.", refuse=["escape"])
probe(
    G,
    "A smuggling broker based in Dandong said demand for phones had fallen.",
    refuse=["smuggling"],
)
probe(
    G,
    "Escapees interviewed by the group described hunger in the camps.",
    refuse=["escape", "detention"],
)

# ---- batch 3: attributions, nominalisations, phrasal verbs, passives
probe(
    A,
    "Three women in Hyesan were caught by police on Monday while selling Chinese phones, a source told Daily NK.",
    ["arrest"],
)
probe(
    A,
    "According to a source in Ryanggang, police took three smugglers into custody on March 4.",
    ["arrest"],
)
probe(A, "The detention of five traders in Musan on May 3 was confirmed by a source.", ["arrest"])
probe(A, "Two soldiers ended up in the hands of state security in Hyesan on June 2.", ["arrest"])
probe(
    A,
    "A source said that two women had been apprehended near the river in Hoeryong on Sunday.",
    ["arrest"],
)
probe(
    A, "The police swooped on a group of traders in Hyesan on Friday and detained six.", ["arrest"]
)
probe(
    A,
    "Chinese authorities sent 60 North Koreans back across the border at Tumen on July 2.",
    ["arrest"],
)
probe(A, "Twelve defectors were handed back to North Korea by Chinese police on May 4.", ["arrest"])
probe(
    E,
    "The executions of three smugglers were carried out in Hyesan on May 5, a source said.",
    ["execution"],
)
probe(
    E,
    "Residents were made to watch as two men were shot by a firing squad in Musan on Monday.",
    ["execution"],
)
probe(
    E,
    "A source said that a woman had been publicly executed in Hoeryong on March 3.",
    ["execution"],
)
probe(
    E,
    "Two officials were sentenced to death and executed at once in Pyongyang on Friday.",
    ["execution"],
)
probe(
    E, "The state put two officials to death by firing squad in Pyongyang in April.", ["execution"]
)
probe(
    T,
    "The sentencing of the three was carried out at a public meeting in Hyesan on May 3.",
    ["trial"],
)
probe(
    T,
    "A source said the women had received ten-year terms at a trial in Musan on March 2.",
    ["trial"],
)
probe(T, "Three smugglers got life sentences from a court in Sinuiju on Friday.", ["trial"])
probe(T, "The court in Hyesan meted out death sentences to two drug dealers on Monday.", ["trial"])
probe(
    S,
    "A source said traders had been sneaking Chinese phones across the river in Hyesan since May.",
    ["smuggling"],
)
probe(
    S,
    "The smuggling of copper into China by two soldiers in Hyesan was uncovered on May 3.",
    ["smuggling"],
)
probe(
    S,
    "Soldiers moved 5 tons of copper across the Yalu to Chinese buyers in Hyesan in May.",
    ["smuggling"],
)
probe(
    S,
    "A North Korean tanker took on 2,000 tons of oil from a foreign ship in the East China Sea on May 2.",
    ["smuggling"],
)
probe(
    Z,
    "According to a source, police confiscated 200 USB sticks from traders in Hyesan on Monday.",
    ["seizure"],
)
probe(
    Z,
    "About 30 kg of methamphetamine was seized by Chinese police in Dandong on June 1.",
    ["seizure"],
)
probe(
    Z,
    "Officers took possession of 40 Chinese phones at the market in Hyesan on Friday.",
    ["seizure"],
)
probe(
    Z,
    "Authorities seized a North Korean cargo ship carrying coal off Busan on Tuesday.",
    ["seizure"],
)
probe(
    C,
    "Police conducted a sweep of markets in Hyesan on Monday in search of foreign films.",
    ["crackdown"],
)
probe(
    C,
    "State security began cracking down on illegal phone use in Hyesan on March 1.",
    ["crackdown"],
)
probe(
    C,
    "The regime ordered border guards to shoot anyone crossing the river in Hyesan on May 2.",
    ["crackdown"],
)
probe(
    C,
    "Inspection teams from Pyongyang descended on Hyesan on Monday to check for Chinese phones.",
    ["crackdown"],
)
probe(
    N,
    "The Security Council voted unanimously on Friday to impose new sanctions on North Korea.",
    ["sanction"],
)
probe(
    N,
    "South Korea announced unilateral sanctions on 18 North Korean individuals on Friday.",
    ["sanction"],
)
probe(N, "Australia imposed financial sanctions on two North Korean firms on May 4.", ["sanction"])
probe(X, "A source said two soldiers had fled to China across the Tumen on March 3.", ["escape"])
probe(
    X,
    "The defection of a North Korean trade official in Minsk was confirmed on Monday.",
    ["escape"],
)
probe(
    X,
    "A North Korean worker in Russia ran away from his workplace in Vladivostok on May 5.",
    ["escape"],
)
probe(X, "Three North Koreans broke out of a detention centre in Tumen on June 3.", ["escape"])
probe(X, "A North Korean soldier walked across the border into South Korea on Friday.", ["escape"])
probe(
    D,
    "A source said the woman had been sent to a labour-training camp in Hyesan on March 3.",
    ["detention"],
)
probe(D, "The three were handed two-year terms at a labour camp in Musan on May 5.", ["trial"])
probe(D, "Their family was exiled to a political prison camp in Yodok in June.", ["detention"])
probe(H, "Smugglers in Hyesan usually cross the river at night.", refuse=["smuggling", "escape"])
probe(H, "Police often arrest traders who sell Chinese phones.", refuse=["arrest"])
probe(
    H, "Public executions are held several times a year in the border towns.", refuse=["execution"]
)
probe(H, "North Koreans caught in China are generally sent back within weeks.", refuse=["arrest"])
probe(H, "Traders normally pay off the guards to avoid being arrested.", refuse=["arrest"])
probe(K, "Those caught face up to five years in a labour camp.", refuse=["arrest", "detention"])
probe(
    K,
    "Residents were warned that anyone caught with a Chinese phone would be arrested.",
    refuse=["arrest"],
)
probe(
    K,
    "If a smuggler is caught, the guards confiscate the goods.",
    refuse=["arrest", "seizure", "smuggling"],
)
probe(K, "In case of capture, defectors are sent back to the North.", refuse=["arrest"])
probe(
    R,
    "North Korean law forbids residents from crossing the border without a permit.",
    refuse=["escape"],
)
probe(
    R,
    "Under the criminal law, people who smuggle goods can be sentenced to hard labour.",
    refuse=["smuggling", "trial"],
)
probe(
    B,
    "Police arrested a trader in Hyesan on 3 May 2019. Back in 2010, Kim fled to China.",
    ["arrest"],
    refuse=["escape"],
)
probe(
    B,
    "Police arrested a trader in Hyesan on 3 May 2019. Years ago, his brother was executed for smuggling.",
    ["arrest"],
    refuse=["execution"],
)
probe(G, "Smugglers say the price of copper has fallen this year.", refuse=["smuggling"])
probe(G, "Defectors in Seoul held a rally on Monday.", refuse=["escape"])
probe(G, "A defector-turned-activist said the camps were growing.", refuse=["escape"])
probe(G, "One broker said he charges 8,000 dollars per person.", refuse=["smuggling", "escape"])

# ---- batch 4: the broadened words where they tell no happening, and more wordings
F = "neg-lookalike"
probe(F, "Bandits raided a farm in Musan on Monday and stole two pigs.", refuse=["crackdown"])
probe(F, "The boy ran away from home in Hyesan in May after a quarrel.", refuse=["escape"])
probe(F, "The North Korean team made it to the final in Seoul on Sunday.", refuse=["escape"])
probe(F, "Chinese phones reached South Korea's market last year.", refuse=["escape"])
probe(F, "The company took possession of a new factory in Sinuiju on May 2.", refuse=["seizure"])
probe(F, "A farmer hanged his dog in Musan last week.", refuse=["execution"])
probe(F, "Prices of rice increased sharply in Hyesan in March.", refuse=["crackdown"])
probe(F, "The Treasury announced its annual budget on Tuesday.", refuse=["sanction"])
probe(F, "Her husband was jailed for a year in Hyesan in May for theft.", ["trial"])
probe(F, "The team went to court in Seoul on Monday to register a trademark.", refuse=[])
probe(F, "A pastor was expelled from the church in Seoul in May.", refuse=["arrest"])
probe(F, "The ship took on fuel at the port of Nampo on May 2.", ["smuggling"])
probe(F, "Workers moved the coal across the yard in Chongjin in May.", refuse=["smuggling"])
probe(
    A,
    "Local police said they had arrested two North Korean women in Bangkok on Monday.",
    ["arrest"],
)
probe(A, "Three smugglers were rounded up by border guards in Hyesan last week.", ["arrest"])
probe(A, "Four men were taken in for questioning by police in Hyesan on Tuesday.", ["arrest"])
probe(A, "The broker was hauled in by state security in Hyesan on May 2.", ["arrest"])
probe(
    E,
    "Two men were shot dead by a firing squad in front of residents in Hyesan on Monday.",
    ["execution"],
)
probe(
    E,
    "The authorities carried out public executions of two traders in Musan on May 5.",
    ["execution"],
)
probe(T, "Two women were handed prison terms at a public trial in Hyesan on March 3.", ["trial"])
probe(
    T, "The court sentenced the three smugglers to 15 years each in Sinuiju on Friday.", ["trial"]
)
probe(
    S,
    "Two soldiers sold 300 litres of army fuel to Chinese traders in Sinuiju in April.",
    ["smuggling"],
)
probe(S, "The men brought 500 Chinese phones into North Korea illegally in May.", ["smuggling"])
probe(
    Z,
    "Border guards confiscated the goods and arrested the traders in Hyesan on Monday.",
    ["seizure", "arrest"],
)
probe(
    Z, "South Korean customs seized 3 tons of North Korean coal at Pohang on Monday.", ["seizure"]
)
probe(C, "North Korea stepped up its crackdown on foreign films in Hyesan in March.", ["crackdown"])
probe(C, "Authorities set up new checkpoints on roads into Hyesan on May 2.", ["crackdown"])
probe(X, "Three North Koreans escaped from a labour camp in Hoeryong on May 3.", ["escape"])
probe(
    X, "A North Korean fisherman drifted south and was rescued off Samcheok on Tuesday.", ["escape"]
)
probe(D, "The couple were sent to a labour camp in Hoeryong on May 5.", ["detention"])
probe(
    H,
    "Brokers generally charge more than 10,000 dollars to get people out.",
    refuse=["smuggling", "escape"],
)
probe(H, "Such executions are usually held at riverbanks.", refuse=["execution"])
probe(
    K,
    "Should the smugglers be caught, they would face the firing squad.",
    refuse=["arrest", "execution", "smuggling"],
)
probe(R, "The regulations state that confiscated phones are destroyed.", refuse=["seizure"])
probe(
    B,
    "Police arrested two traders in Hyesan on 3 May 2019. Kim, who was executed in 2013, had led the campaign.",
    ["arrest"],
    refuse=["execution"],
)

# ---- batch 5: the realis gate's negatives in other wordings
probe(H, "Each winter, smugglers carry copper across the frozen Yalu.", refuse=["smuggling"])
probe(H, "Border guards have long taken bribes from smugglers.", refuse=["smuggling"])
probe(H, "It is not unusual for traders to be detained for weeks.", refuse=["arrest"])
probe(H, "Residents say arrests for phone use happen almost every week.", refuse=["arrest"])
probe(H, "Defectors caught in China are as a rule sent back.", refuse=["arrest"])
probe(H, "Public trials are a regular feature of life in the border towns.", refuse=["trial"])
probe(
    H,
    "Women who are repatriated are commonly held in holding centres for months.",
    refuse=["arrest", "detention"],
)
probe(
    H,
    "Many North Koreans who flee to China are later sold to farmers.",
    refuse=["escape", "smuggling"],
)
probe(K, "Anyone found with South Korean films faces a public trial.", refuse=["trial"])
probe(K, "In the event of capture, the soldiers would be executed.", refuse=["execution", "arrest"])
probe(K, "Those who fail to pay the bribe may be sent to a labour camp.", refuse=["detention"])
probe(K, "A trader who is caught selling phones can expect a heavy fine.", refuse=["arrest"])
probe(K, "Had they been caught, they would have been shot.", refuse=["arrest", "execution"])
probe(
    K,
    "Officials threatened to execute anyone caught smuggling.",
    refuse=["execution", "arrest", "smuggling"],
)
probe(
    K, "The authorities vowed to arrest all smugglers by the end of the month.", refuse=["arrest"]
)
probe(K, "Activists fear the women will be repatriated.", refuse=["arrest"])
probe(R, "Selling Chinese phones is banned in North Korea.", refuse=["smuggling"])
probe(
    R, "According to the criminal code, defection is a crime against the state.", refuse=["escape"]
)
probe(R, "Article 62 provides for the death penalty for treason.", refuse=["execution"])
probe(
    R,
    "The penal code says that smugglers shall be sentenced to reform through labour.",
    refuse=["trial", "smuggling"],
)
probe(
    B,
    "Police arrested two traders in Hyesan on 3 May 2019. The region has a history of public executions dating back to the 1990s.",
    ["arrest"],
    refuse=["execution"],
)
probe(
    B,
    "Police arrested two traders in Hyesan on 3 May 2019. As a young soldier in 2001, Park had been arrested for desertion.",
    ["arrest"],
)
probe(
    B,
    "Border guards shot a man in Hyesan on 3 May 2019. A similar killing occurred there in 2012.",
    refuse=[],
)
probe(G, "Smuggling networks in the region are run by former soldiers.", refuse=["smuggling"])
probe(G, "The traffickers, who work in pairs, take women to Jilin.", refuse=["smuggling"])
probe(
    G,
    "Several defectors interviewed for this report described public executions.",
    refuse=["escape", "execution"],
)
probe(G, "The smugglers' association in Hyesan has about 30 members.", refuse=["smuggling"])
probe(
    G,
    "Defectors living in the South send money home through brokers.",
    refuse=["escape", "smuggling"],
)

# ---- batch 6: reported speech, hedges, perfects
probe(E, "Two officials are said to have been executed in Pyongyang in March.", ["execution"])
probe(
    E, "The general was reportedly executed by firing squad in Pyongyang last month.", ["execution"]
)
probe(E, "It was learned that three smugglers were shot in Hyesan on May 3.", ["execution"])
probe(A, "Three women are believed to have been arrested in Hyesan on Monday.", ["arrest"])
probe(A, "A source told RFA that police had detained a trader in Musan on May 2.", ["arrest"])
probe(A, "Police have arrested 12 people in Hyesan since Monday, a source said.", ["arrest"])
probe(
    A, "Two soldiers were caught in the act of selling army fuel in Sinuiju on Friday.", ["arrest"]
)
probe(
    A, "A woman was detained and interrogated by state security in Hoeryong on May 4.", ["arrest"]
)
probe(S, "The two are accused of having smuggled 20 kg of gold into China in April.", ["smuggling"])
probe(
    S,
    "Soldiers allegedly smuggled 10 tons of rice into China in May, a source said.",
    ["smuggling"],
)
probe(
    S, "The traders are suspected of trafficking methamphetamine into China in June.", ["smuggling"]
)
probe(X, "Two soldiers are believed to have fled to China on May 3.", ["escape"])
probe(X, "It is reported that a family of five defected by boat on June 4.", ["escape"])
probe(
    X,
    "A North Korean soldier has defected across the DMZ, the military said on Monday.",
    ["escape"],
)
probe(T, "A court reportedly sentenced two traders to death in Hyesan on May 3.", ["trial"])
probe(T, "The man is said to have been given a 15-year sentence in Chongjin in April.", ["trial"])
probe(Z, "Chinese police reportedly confiscated 40 kg of meth in Dandong on May 2.", ["seizure"])
probe(
    Z, "Goods worth 20,000 yuan were confiscated from the traders in Hyesan on Monday.", ["seizure"]
)
probe(D, "The pastor is believed to be held at a labour camp in Kaechon.", ["detention"])
probe(
    D, "The family has been sent to a political prison camp, a source said on May 3.", ["detention"]
)
probe(
    C, "North Korea has reportedly tightened border controls in Hyesan this month.", ["crackdown"]
)
probe(
    C,
    "A source said inspections of homes in Hyesan had been intensified since May 2.",
    ["crackdown"],
)
probe(
    N,
    "The US Treasury has sanctioned two Chinese firms for trading with North Korea, it said on Tuesday.",
    ["sanction"],
)
probe(H, "North Koreans caught in China are said to face harsh punishment.", refuse=["arrest"])
probe(
    K,
    "Experts say the men could be executed if they are sent back.",
    refuse=["execution", "arrest"],
)
probe(K, "It is unclear whether the two women were arrested.", refuse=["arrest"])
probe(K, "Rumours that the singer had been executed spread in Pyongyang.", refuse=["execution"])
probe(K, "There is no evidence that the two were tried.", refuse=["trial"])

# ---- batch 7: phrasal and idiomatic verbs
probe(
    A,
    "Security agents whisked away two students from their dormitory in Pyongyang on May 3.",
    ["arrest"],
)
probe(
    A,
    "The two women were bundled into a car by state security agents in Hyesan on Monday.",
    ["arrest"],
)
probe(A, "Police carted off five traders from the market in Hyesan on Friday.", ["arrest"])
probe(D, "The three were packed off to a labour camp in Musan in May.", ["detention"])
probe(D, "Her father ended up in a political prison camp in Yodok in 2015.", ["detention"])
probe(D, "The men were consigned to a prison camp in Kaechon last year.", ["detention"])
probe(
    S, "Two traders peddled smuggled Chinese phones at the market in Hyesan in May.", ["smuggling"]
)
probe(
    S,
    "The soldiers offloaded 300 litres of fuel to Chinese buyers in Sinuiju in April.",
    ["smuggling"],
)
probe(
    S,
    "Local officials spirited 10 tons of copper across the border to China in June.",
    ["smuggling"],
)
probe(
    Z, "Guards took the phones off the traders at the checkpoint in Hyesan on Monday.", ["seizure"]
)
probe(Z, "The authorities confiscated everything the traders had in Hyesan on May 2.", ["seizure"])
probe(
    C,
    "State security combed the villages along the Yalu for defectors in Hyesan on May 2.",
    ["crackdown"],
)
probe(
    C, "Security agents scoured markets in Hyesan on Monday for South Korean films.", ["crackdown"]
)
probe(C, "The authorities launched a sweep of the border region in Hyesan on May 2.", ["crackdown"])
probe(X, "A North Korean waiter went missing from a restaurant in Harbin on April 3.", ["escape"])
probe(X, "Two soldiers crossed over to the South in Cheorwon on Tuesday.", ["escape"])
probe(
    X, "A North Korean worker absconded from a construction site in Vladivostok in May.", ["escape"]
)
probe(E, "A former official was executed by hanging in Pyongyang in March.", ["execution"])
probe(E, "The two were shot by firing squad in front of a crowd in Hyesan on May 3.", ["execution"])


def types_of(text: str) -> list[str]:
    return [e.type for e in events_of(text, language="en")]


def run(verbose: bool = True) -> None:
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for ph, text, want, refuse in P:
        got = types_of(text)
        ok = all(t in got for t in want) and not any(t in got for t in refuse)
        tally[ph]["ok" if ok else "bad"] += 1
        if verbose and not ok:
            print(f"FAIL [{ph}] {text}\n      got={got} want={list(want)} refuse={list(refuse)}")
    print()
    tot: Counter[str] = Counter()
    for ph, c in tally.items():
        print(f"{ph:16s} {c['ok']:3d} / {c['ok'] + c['bad']:3d}")
        tot.update(c)
    print(f"{'total':16s} {tot['ok']:3d} / {tot['ok'] + tot['bad']:3d}")


if __name__ == "__main__":
    run(verbose="--quiet" not in sys.argv[1:])

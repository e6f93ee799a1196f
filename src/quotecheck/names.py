"""Word lists that speaker resolution reads: honorifics, titles, role nouns, first names by
gender, organisation words. Kept as data, apart from the rules in ``speakers``, so that a list
can grow without touching logic. Every entry is lower case."""
from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Abbreviated titles and the words they stand for, so "Sen." and "Senator" count as one role.
ABBREVIATION_EXPANSIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
    "cmdr": "commander", "sec": "secretary", "amb": "ambassador", "pres": "president",
    "atty": "attorney", "supt": "superintendent", "insp": "inspector", "det": "detective", "prof": "professor",
}

# Honorifics before a name; they tell the person's gender where they can.
MALE_HONORIFICS = _words("mr mr. mister sir lord m. herr senor señor")
FEMALE_HONORIFICS = _words("mrs mrs. ms ms. miss mme mme. madam madame lady dame mlle mlle. frau senora señora")
NEUTRAL_HONORIFICS = _words("dr dr. prof prof. rev rev. hon hon. mx mx.")

# Abbreviated titles written before a name ("Sen. Warren", "Gen. Milley").
TITLE_ABBREVIATIONS = _words("""
sen. rep. gov. gen. lt. col. maj. capt. sgt. adm. cmdr. cpl. pvt. supt. insp. det. amb. sec.
pres. atty. gov sen rep gen lt col maj capt sgt adm
""")

# Words that qualify a title without being one ("former U.S. deputy ambassador").
TITLE_MODIFIERS = _words("""
former acting deputy vice assistant associate senior junior chief interim outgoing incoming
then prime general principal lead head co executive managing state foreign interior defense
defence finance health trade justice home education labor labour transport energy
""")

# Nouns for a person's role, singular. Plurals are derived ("diplomats", "analysts").
ROLE_NOUNS = _words("""
ambassador diplomat envoy consul minister president premier chancellor secretary senator
congressman congresswoman representative lawmaker legislator politician parliamentarian mp
governor mayor councillor councilor councilman councilwoman alderman speaker leader chairman
chairwoman chairperson chair chief executive ceo cfo coo cto founder cofounder co-founder owner
director manager head boss president-elect commissioner administrator superintendent
spokesman spokeswoman spokesperson representative official officer aide adviser advisor
counsel counsellor counselor negotiator delegate observer monitor inspector investigator
detective police policeman policewoman sheriff deputy constable trooper agent
general colonel commander admiral captain lieutenant major sergeant corporal private soldier
marine pilot veteran
judge justice magistrate prosecutor attorney lawyer solicitor barrister advocate defendant
plaintiff witness juror victim suspect accused
analyst economist expert strategist consultant researcher scientist scholar academic
professor lecturer teacher instructor principal dean provost student pupil graduate candidate
author co-author coauthor writer editor reporter journalist correspondent columnist
commentator presenter host anchor blogger photographer critic historian astronomer physicist
chemist biologist geologist epidemiologist virologist engineer architect
doctor physician surgeon nurse paramedic dentist pharmacist psychologist psychiatrist
therapist veterinarian
coach manager player captain striker goalkeeper athlete runner champion winner referee umpire
driver rider swimmer boxer
activist campaigner protester protestor demonstrator organiser organizer volunteer advocate
organizer member partner employee worker staffer resident citizen voter farmer trader
shopkeeper businessman businesswoman entrepreneur investor banker accountant broker
king queen prince princess emperor empress sultan emir sheikh monarch pope cardinal bishop
archbishop priest pastor vicar rabbi imam cleric monk nun preacher
father mother son daughter brother sister husband wife widow widower uncle aunt nephew niece
grandfather grandmother grandson granddaughter parent child sibling cousin relative
man woman boy girl person individual neighbour neighbor friend survivor eyewitness bystander
tourist visitor passenger customer patient fan supporter opponent rival critic source insider
democrat republican conservative liberal progressive moderate independent nominee
surrogate operative pollster donor fundraiser lobbyist staffer campaigner strategist
colleague coworker associate assistant clerk secretary-general treasurer auditor supervisor
coordinator foreman landlord tenant shopper buyer seller dealer fisherman miner firefighter
ranger guard warden inmate prisoner detainee refugee migrant immigrant alumnus curator
librarian singer actor actress composer musician novelist poet comedian chef baker mechanic
plumber electrician carpenter builder contractor teenager youth adult elder pundit influencer
challenger incumbent heir successor predecessor fellow
""")

# Endings that make a word a person's role ("cardiologist", "technician", "Americans"), and the words with
# those endings that are not roles.
ROLE_SUFFIXES = ("ologist", "ician", "ist")
PEOPLE_SUFFIX = "ans"       # plural demonyms: "Mexicans", "African-Americans"
NOT_ROLES = _words("exist insist resist persist assist consist subsist twist wrist list mist fist gist whist "
                   "orleans")

# Role nouns that fix a gender ("the spokeswoman" → she).
MALE_ROLES = _words("""
spokesman congressman councilman chairman policeman businessman alderman king prince emperor
sultan emir sheikh father son brother husband widower uncle nephew grandfather grandson man
boy monk pope priest
""")
FEMALE_ROLES = _words("""
spokeswoman congresswoman councilwoman chairwoman policewoman businesswoman queen princess
empress mother daughter sister wife widow aunt niece grandmother granddaughter woman girl nun
""")

# Capitalised words that mark a name as an organisation's ("Salling Group", "the White House").
ORGANISATION_WORDS = _words("""
group bank fund organization organisation association council committee commission ministry
department agency institute institution university college school academy company corporation
corp corp. inc inc. ltd ltd. llc plc co. party house office court police army navy force forces
service services foundation society union federation league board bureau center centre centers
centres authority administration government parliament congress senate assembly cabinet
tribunal alliance coalition network television radio times post news journal herald guardian
telegraph tribune gazette observer press reuters agence international associates partners
holdings airlines airways motors systems technologies laboratories labs club trust hospital
clinic church mosque temple programme program project initiative campaign movement front
brigade unit command kremlin pentagon whitehall nations embassy consulate secretariat
commonwealth republic kingdom state states media studios records enterprises industries
""")

# Lower-case nouns for an organisation ("the ministry", "the company", "the chain").
ORGANISATION_NOUNS = _words("""
government ministry company firm chain retailer supermarket business corporation group agency
department council committee commission court police army military navy bank lender insurer
newspaper daily weekly paper broadcaster network channel station magazine outlet
university college school hospital party administration union organization organisation
office authority regulator watchdog board parliament legislature senate congress cabinet
state club team federation association institute foundation charity manufacturer maker
producer carrier airline operator developer studio publisher label brand store
""")

# Nouns for a body of people that "they" can refer to ("The Montreal team ... They found").
PEOPLE_GROUP_NOUNS = _words("team group panel committee delegation crew squad coalition")

# Nouns for something that speaks for its author ("a NATO press release", "WHO's statistics").
DOCUMENT_NOUNS = _words("""
statement release report reports study studies survey surveys data statistics figures
guidelines guideline website account tweet tweets post letter filing document documents
announcement poll polls analysis assessment estimate estimates forecast projections review
memo email e-mail communique communiqué notice bulletin framework findings paper research
""")

# Subject pronouns a mention can be, with the entity they need: gender or group.
PRONOUNS = {
    "he": "male", "him": "male", "she": "female", "her": "female",
    "i": "person", "me": "person",
    "they": "group", "them": "group", "we": "group", "us": "group",
    "it": "organisation",
}
RELATIVE_PRONOUNS = _words("who whom which that")

# Words that open a description and say it is not yet known who is meant ("one diplomat").
INDEFINITE_DETERMINERS = _words("""
a an one some several many most few two three four five six seven eight nine ten dozens
numerous various unnamed anonymous other another certain
""")
DEFINITE_DETERMINERS = _words("the this that these those both all")
POSSESSIVE_DETERMINERS = _words("his her its their my our your")
# Indefinite words kept in a title because they tell something ("unnamed industry experts").
TELLING_DETERMINERS = _words("unnamed anonymous another other")

# Nouns that can refer back to any unnamed source ("this person" → "one of the children").
GENERIC_PERSON_NOUNS = _words("person individual source man woman")

# Words that make a phrase a clause rather than a role ("many people do not seek ...").
CLAUSE_WORDS = _words("""
is are was were be been do does did not no has have had will would can could should may might
must he she it they we i you there that which who whom
""")

# Capitalised words that begin sentences or name dates, never people.
CAPITALISED_NON_NAMES = _words("""
the a an and but or nor so yet for of in on at to by from with as after before when while
without within despite during among against under over about through into per via amid upon
since until if although though because however meanwhile moreover also still then there here
this that these those it its they their he his she her we our i you your my who what which
where why how yes no not all both each every some any many most more several such neither either
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
according earlier later last next first second third speaking asked said says whether like unlike
should could would will can may might must shall
now overall just even only well yes no oh still instead indeed perhaps maybe sometimes
""")

# Lower-case particles inside a name ("Ursula von der Leyen", "Abdel Fattah el-Sisi").
NAME_PARTICLES = _words("de da di du del della der den van von la le bin ibn al el dos das ter")

MALE_FIRST_NAMES = _words("""
aaron adam adrian ahmed alan albert alex alexander alfred ali andrew andy angelo anthony antoine
antonio arnold arthur barry ben benjamin bernard bill billy bob bobby brad bradley brandon brendan
brian bruce bryan carl carlos charles charlie chris christian christopher chuck clarence colin
craig dale dan daniel danny darren dave david dean dennis derek dick dominic don donald doug
douglas duncan dylan ed eddie edward eli elijah emmanuel eric ernest ethan eugene evan frank
francis francisco fred frederick gabriel gareth gary geoff geoffrey george gerald gordon graham
greg gregory guy hans harold harry harvey henry howard hugh hugo ian isaac jack jacob jake james
jamie jason jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan
jordan jorge jose joseph josh joshua juan julian justin keith ken kenneth kevin kyle larry
lawrence lee leo leon leonard lewis liam louis luis luke marc marco marcus mark martin matt
matthew maurice max michael miguel mike mitch mitchell mohamed mohammed muhammad nathan neil
nicholas nick nicolas nigel noah norman oliver omar oscar owen patrick paul pedro peter phil
philip phillip pierre ralph randy ray raymond rex richard rick robert robin rod roger ron
ronald ross roy russell ryan sam samuel scott sean sebastian sergei seth shane sheldon simon
stanley stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis
trevor tyler victor vincent vladimir walter warren wayne william willie xavier yusuf zachary
""")

FEMALE_FIRST_NAMES = _words("""
abigail ada alice alison amanda amber amelia amy ana andrea angela angelina anita ann anna anne
annie april audrey barbara beatrice betty beverly brenda bridget brigid brigitte brittany
carla carmen carol caroline carolyn carrie catherine cathy charlotte chelsea cheryl chloe
christina christine cindy claire clara claudia colleen connie cynthia daisy dana danielle
deborah debra denise diana diane donna doris dorothy edith eileen elaine eleanor elena elizabeth
ella ellen emily emma erica erin esther eva eve evelyn fatima fiona florence frances gemma
georgia gillian gloria grace hannah harriet heather heidi helen holly irene isabel isabella
jacqueline jane janet janice jasmine jean jeanne jennifer jenny jessica jill joan joanna
joanne jodie josephine joy joyce judith judy julia julie june karen kate katherine kathleen
kathryn kathy katie kay kelly kim kimberly kirsten kristen laura lauren leah linda lisa lois
lori louise lucy lydia lynn maggie margaret maria marie marilyn marion marjorie martha mary
maureen megan melanie melissa michelle mildred molly monica nancy naomi natalie nicole nikki
nina nora norma olivia paige pamela patricia paula pauline peggy penny rachel rebecca regina
rita roberta rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sophia
sophie stephanie susan suzanne sylvia tamara tanya teresa theresa tiffany tina tracy ursula
valerie vanessa veronica victoria virginia vivian wendy yvonne zoe
""")

"""Word lists for attribution, kept as data: speech verbs, speaker words, and the small
words that sit between a speaker and a verb. The patterns built from them live in
attribution.py and indirect.py.
"""
from __future__ import annotations

# Verbs that introduce speech, as lemmas; regular inflections are generated below.
SPEECH_VERBS = """
    say tell add admit affirm agree allege announce answer argue ask assert assure boast caution charge
    chant claim comment complain concede conclude confirm contend continue counter cry declare
    demand deny describe emphasize emphasise estimate exclaim explain insist interject joke lament
    maintain mention muse note object observe opine plead pledge post predict proclaim promise
    protest recall recount reiterate remark repeat reply report respond retort scoff scream shout
    sigh state stress suggest testify tweet urge vow warn whisper wonder write yell acknowledge
    question criticize criticise praise accuse attack blame condemn defend tout read
    fume riff surmise remember quip snap gush rave rant scold chide concur reason grumble mutter
    marvel thunder lecture beam elaborate demur
"""
# Inflections that the generator cannot guess: lemma, then its other forms.
IRREGULAR_FORMS = """
    say said says saying
    tell told tells telling
    write wrote writes writing written
    admit admitted admits admitting
    quip quipped quips quipping
    snap snapped snaps snapping
    put put puts putting
    read read reads reading
    state stated states
    speak spoke speaks speaking spoken
    cut cut cuts cutting
    refer referred refers referring
    shoot shot shoots shooting
"""
# Verbs that report what was said, with a clause ("X said (that) ...") or an object
# ("X criticized the plan"): the cues of reported speech.
REPORTING_VERBS = """
    say tell add admit affirm agree allege announce argue assert assure boast caution charge
    claim complain concede conclude confirm contend declare deny emphasize emphasise estimate
    explain insist maintain note predict promise recall reiterate remark repeat reply report
    respond state stress suggest testify tweet vow warn write ask acknowledge mention question
    criticize criticise praise accuse attack blame condemn defend tout urge
"""
# Reporting verbs whose object, however short, is what was said: "praised Trump", "denied
# the charges", "criticized the media".
OBJECT_REPORTING_VERBS = """
    praise criticize criticise attack blame condemn defend deny blast slam question accuse
    mention acknowledge admit announce tout reiterate denounce urge
"""

# Words that open a clause of the writer's own after "X said,": "X said, as the crowd cheered".
SUBORDINATORS = "as while when because since after before if although though who which and but or according"

# Words that open a subordinate clause before the main one ("While Lee says …, Kim said …"):
# a statement after that clause belongs to the main clause's speaker. Not "As", whose clause
# often names the speaker of what follows ("As Lee told reporters, the plan is …").
SUBORDINATE_OPENERS = "While Although Though Whereas When After Before If Because Since Unlike"

# Reporting verbs that raise a doubt rather than report a statement when a "whether" or
# "if" clause follows: "Observers question whether the plan will work" says nothing was said.
DOUBTING_VERBS = "question doubt"

# Reporting verbs that report speech only with a that-clause: "maintained that …", but
# "maintained top spot".
THAT_CLAUSE_ONLY = "maintain maintained maintains"

# Base forms that serve as cues after a plural or first-person speaker ("Analysts say");
# other base forms ("a report", "the state") are more often nouns.
BASE_FORMS_AS_CUES = "say tell add argue warn note write insist predict agree read"

# Auxiliaries after which a base form is a verb, not a noun ("did not mention", "would argue").
AUXILIARIES = "do does did will would could should can may might must not never to"

# Verbs whose subject goes on to speak in an infinitive: "continued to suggest", "tried to explain".
INFINITIVE_LEADS = """
    continue continued continues began begin begins start started starts try tried tries want wanted
    wants seem seemed seems appear appeared appears fail failed fails decide decided decides
    hesitate hesitated need needed needs went go goes
"""

# Cues that may open a sentence, capitalised, before their speaker ("Said Ellis: …").
SENTENCE_INITIAL_CUES = "Said Says Asked Added Wrote Replied Stated Noted Explained Continued"

# Verbs whose -ing form reports speech in a trailing clause ("…, saying the plan was dead");
# "continuing", "repeating" and the like more often mean something else.
PARTICIPLE_CUES = """
    say tell add write ask explain claim argue insist warn note tweet respond reply urge declare
    suggest describe call joke comment complain accuse criticize praise question announce predict
    promise vow pledge acknowledge admit deny blame condemn attack stress emphasize recall state
    remark chant dismiss slam mock tout allege demand threaten confirm assert mention concede
    reiterate defend blast
"""

# Verbs with a particle that report what someone said about something ("called for a ban",
# "spoke about the war"): cues for partial quotes and reported speech alike.
PHRASAL_CUES = """
    call for | call on | talk about | speak about | speak of | speak out | point out | warn of |
    warn about | warn against | ask about | ask for | complain about | write about | comment on |
    argue for | argue against | push for | press for | vow to | pledge to | promise to |
    decline to | refuse to | threaten to | cut in | chime in | weigh in | shoot back | fire back |
    push back | put it | refer to | point to
"""

# Verbs that name or judge rather than report ("called it a 'disaster'", "derided the deal
# as toothless"): cues for a partial quote or for what they name, never for a whole quotation.
NAMING_VERBS = "call dub describe label brand term blast slam dismiss deride mock denounce decry hail tout"

# Words that end a speaker phrase on its left: a speaker never runs across them.
CLAUSE_WORDS = """
    that which who whom whose and but or nor to in on at by with from as is was were are be been
    being has have had not if when while because than then so also said says told after before
    into about over under since until though although where what how why this these those there
    it its he she they we his her their our would will could should can may might must do does did
    of for a an the
"""

# Third-person forms that are just as often plural nouns ("Republican claims", "his tweets"):
# taken as cues only when what follows reads like a verb's complement.
NOUN_LIKE_CUES = """
    claims tweets demands calls notes reports comments answers protests promises pledges
    estimates remarks charges posts replies counters warns cries shouts quips jokes questions
    attacks blames praises mentions states
"""

# Words that count people in a poll's findings ("six in 10 said", "almost half say").
NUMBER_WORDS = """
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty
    seventy eighty ninety hundred
"""
APPROXIMATORS = "nearly | almost | about | roughly | some | only | just | over | more than | fewer than | less than"
SHARE_WORDS = "half | two-thirds | three-quarters | a third | a quarter | a majority | a plurality"
RESPONDENTS = "those surveyed | those polled | those asked | those questioned | respondents | voters"

# Quantifiers that stand for people as the subject of a verb ("Some say", "another said"),
# and the participles that may follow them ("those polled").
QUANTIFIER_PRONOUNS = "some others another many most each none all both several few those one"
POLLED = "surveyed polled questioned asked interviewed"

# Nouns that name a statement, whose possessor is its speaker: "Trump's call for", "her claim that".
STATEMENT_NOUNS = """
    call calls claim claims promise promises pledge pledges comment comments remark remarks statement
    statements words description slogan vow vows warning warnings charge charges assertion suggestion
    answer response tweet tweets message speech mantra catchphrase phrase refrain accusation
    accusations demand demands insistence argument complaint criticism attack attacks
"""

# Personal pronouns that can attribute a quote.
PRONOUNS = "he she they we I it you"

# Determiners and quantifiers that open a speaker noun phrase ("one diplomat", "the source").
DETERMINERS = "the a an one another two three several some many most other both his her their its our"

# Lower-case words of roles and groups that head a speaker noun phrase ("the diplomat",
# "officials", "a spokeswoman for the campaign").
SPEAKER_NOUNS = """
    official officials spokesman spokeswoman spokesperson spokespeople representative
    representatives source sources diplomat diplomats analyst analysts expert experts aide aides
    adviser advisers advisor advisors critic critics supporter supporters opponent opponents
    observer observers lawmaker lawmakers senator senators minister ministers ambassador
    president secretary governor mayor chairman chairwoman chair director directors leader leaders
    manager managers strategist strategists pollster pollsters economist economists scientist
    scientists researcher researchers professor professors lawyer lawyers attorney attorneys
    prosecutor prosecutors judge judges investigator investigators police officer officers
    witness witnesses resident residents voter voters member members candidate candidates
    nominee campaign administration government ministry department agency company firm group
    statement report reports study survey poll letter memo email release complaint filing lawsuit
    ruling document documents website blog editorial article newspaper magazine network
    people person man woman men women activist activists organizer organizers worker workers
    executive executives commissioner commissioners founder chief spokesmen staffer staffers
    insider insiders operative operatives consultant consultants donor donors ally allies
    colleague colleagues friend friends someone everyone nobody others relatives family families
    parents mother father wife husband son daughter brother sister team office staff percent
    majority respondents
    doctor doctors physician physicians nurse nurses teacher teachers student students farmer
    farmers owner owners coach coaches player players fan fans neighbor neighbors victim victims
    survivor survivors historian historians author authors writer writers reporter reporters
    journalist journalists editor editors columnist columnists commentator commentators host
    anchor moderator moderators narrator announcer congressman congresswoman legislator
    legislators councilman councilwoman sheriff detective detectives agent agents soldier
    soldiers veteran veterans banker bankers investor investors employee employees protester
    protesters demonstrators citizens union unions coalition party committee council court jury
    panel board commission authorities paper outlet station ad clip video tweet post message
"""

# Adjectives that tie a speaker to what they know or whom they serve: "a person familiar with
# the talks", "an aide close to the senator".
RELATION_ADJECTIVES = "familiar close loyal allied opposed sympathetic friendly linked tied connected aligned"

# Abbreviated titles written with a period before a name ("Sen. Ted Cruz").
TITLE_ABBREVIATIONS = """
    Mr Mrs Ms Dr Sen Sens Rep Reps Gov Gen Lt Col Maj Capt Sgt Adm Cmdr Cpl Pvt Jr Sr St Rev Prof
    Supt Insp Det Atty Sec Amb Pres Hon Fr Gens
"""

# Capitalised words that open a sentence or clause but never a speaker's name.
NOT_NAME_WORDS = """
    In On At For But And Or So Yet After Before When While As If Since Then Also Still
    Meanwhile However Now Last This That These Those There Here Speaking Asked Though Although
    Because Until Once During Despite Instead Indeed Earlier Later Today Yesterday Tomorrow
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Still Even Why What How Who Where
    Not No Yes Well Just Only With Without From By Of To Into About Over Under Under Like
    Unlike Among Between Through Against Within Across Like Both Either Neither Each Every
    It He She They We I You Most Many Some All Another Other Several Few Both Each Any
"""

# Adverbs and auxiliaries allowed between a speaker and the verb ("he also said",
# "Trump has repeatedly said").
BETWEEN_SPEAKER_AND_VERB = """
    also later then again once now previously recently earlier never often repeatedly
    has had have would will could might may did does do once first further quickly simply
    bluntly flatly openly publicly privately frankly reportedly allegedly not long just still
    already always even since
"""

# Words in -ly that are nouns, not adverbs: "the family said" has its speaker in them.
NOUNS_IN_LY = "family ally rally assembly supply reply italy july anomaly monopoly homily"

# Day and time words that may sit between a verb and what it reports ("said Friday that").
TIME_WORDS = """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tonight
    recently earlier later afterward afterwards publicly privately
"""

# Prepositions and conjunctions: after a word, they mark it a noun or adjective rather than a
# verb ("his claims about", "Worried about …" opens a sentence with no subject there).
PREPOSITIONS = "about of in on at for with to from by as after before during over under into against"

# Verbs that follow a plural noun ("Republican claims were …"), and particles that make
# another verb of a cue ("called in to a show", "called up"): no speech either way.
NOT_AFTER_CUE = "were are is was have had into up off back out and or"

# Participles of a report with no named source: "it was reported that", "it is believed that".
PASSIVE_REPORTS = "reported said announced claimed alleged rumored rumoured suggested believed understood thought"

# Words that introduce a name or nickname rather than a statement: a program dubbed “…”.
NAME_INTRODUCERS = "dubbed named nicknamed titled entitled called"

# Words that open an appositive after a speaker's name: "…, a partner at", "…, now the chair".
APPOSITIVE_OPENERS = "a an the one now then who whose former himself herself his her their"

# Words that introduce the title of a work: on “Face the Nation”, CNN's “State of the Union”,
# his “Keepin' It Real” program.
TITLE_INTRODUCERS = """
    on of in at from to by his her their its film book show program programme series song album
    podcast memoir novel movie documentary ad column essay play musical perform performed sang
"""


def words(block: str) -> list[str]:
    """The whitespace-separated words of a data block, in order, without duplicates."""
    return list(dict.fromkeys(block.split()))


def phrases(block: str) -> list[str]:
    """The "|"-separated phrases of a data block ("more than | about")."""
    return [p.strip() for p in block.split("|") if p.strip()]


def inflections(lemma: str) -> list[str]:
    """The lemma's past, third-person and -ing forms (regular English spelling rules)."""
    if lemma.endswith("e"):
        return [lemma + "d", lemma + "s", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return [lemma[:-1] + "ied", lemma[:-1] + "ies", lemma + "ing"]
    if lemma.endswith(("ch", "sh", "s", "x", "z")):
        return [lemma + "ed", lemma + "es", lemma + "ing"]
    return [lemma + "ed", lemma + "s", lemma + "ing"]


def participles(lemmas: str) -> list[str]:
    """The -ing forms of the lemmas ("saying", "adding")."""
    out = []
    for lemma in words(lemmas):
        out.extend(f for f in (_IRREGULAR.get(lemma) or inflections(lemma)) if f.endswith("ing"))
    return out


def phrasal_forms(block: str) -> dict[str, str]:
    """Every inflected form (past, -s) of the phrasal cues ("called for"), mapped to its lemma."""
    out: dict[str, str] = {}
    for phrase in phrases(block):
        verb, particle = phrase.split()
        for form in forms_of(verb):
            out[f"{form} {particle}"] = phrase
    return out


def phrasal_participles(block: str) -> list[str]:
    """The -ing forms of the phrasal cues ("talking about", "calling for")."""
    out = []
    for phrase in phrases(block):
        verb, particle = phrase.split()
        out.extend(f"{form} {particle}" for form in participles(verb))
    return out


def _irregular() -> dict[str, list[str]]:
    table = {}
    for line in IRREGULAR_FORMS.strip().splitlines():
        lemma, *forms = line.split()
        table[lemma] = forms
    return table


_IRREGULAR = _irregular()


def forms_of(lemmas: str) -> dict[str, str]:
    """Every inflected form (past, -s; not -ing) of the lemmas, mapped to its lemma."""
    out: dict[str, str] = {}
    for lemma in words(lemmas):
        forms = _IRREGULAR.get(lemma) or inflections(lemma)
        for form in [lemma, *forms]:
            if not form.endswith("ing"):
                out[form] = lemma
    return out

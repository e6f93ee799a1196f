"""Word lists and unit tables for ``quantities``: kept as data, apart from the parsing logic.

Every key is lower case; the parser looks words up after lower-casing them.
"""
from __future__ import annotations

UNIT_WORDS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEEN_WORDS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
HUNDRED_WORDS = {"hundred": 100, "hundreds": 100}
# Multipliers that close a group of three digits (Indian lakh and crore included).
BIG_SCALES = {
    "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "crore": 1e7, "crores": 1e7,
    "billion": 1e9, "trillion": 1e12,
}
DOZEN_WORDS = {"dozen": 12, "dozens": 12, "dz": 12, "dzs": 12}

# Denominators of fractions, singular and plural ("a third", "two thirds"). "second" is left
# out on purpose: after a number it is a unit of time, never a half.
ORDINAL_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "fourth": 4, "quarter": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}
VULGAR_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}

# Scale abbreviations written after a numeral ("$1.2bn", "10k", "€10M"). Those of one letter
# that are also units (m for metre, b for bit, K for kelvin) scale only money.
SCALE_ABBREVIATIONS = {
    "k": 1e3, "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "tln": 1e12, "trn": 1e12,
}
MONEY_ONLY_SCALES = {"m": 1e6, "b": 1e9, "B": 1e9, "K": 1e3}

# Currency signs and codes written before the amount.
CURRENCY_PREFIXES = {
    "$": "USD", "us$": "USD", "us $": "USD", "u.s.$": "USD", "u.s. $": "USD", "usd": "USD",
    "c$": "CAD", "c $": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD",
    "nz$": "NZD", "hk$": "HKD", "hkd": "HKD", "s$": "SGD", "r$": "BRL", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR",
    "rs": "INR", "rs.": "INR", "inr": "INR", "₩": "KRW", "krw": "KRW", "₽": "RUB", "rub": "RUB",
    "₭": "LAK", "₦": "NGN", "ngn": "NGN", "₪": "ILS", "₱": "PHP", "chf": "CHF", "pln": "PLN",
    "zł": "PLN", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "zar": "ZAR", "mxn": "MXN", "₺": "TRY",
}
# Currency signs written after the amount ("15€", "100,000 ₭").
CURRENCY_SUFFIX_SIGNS = {"€": "EUR", "£": "GBP", "₭": "LAK", "ரூ": "LKR", "zł": "PLN", "₹": "INR"}

# Currency names written after the amount, with the adjectives that pick the country.
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "american dollars": "USD", "australian dollars": "AUD",
    "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "new zealand dollars": "NZD",
    "taiwan dollars": "TWD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "japanese yen": "JPY",
    "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "won": "KRW", "south korean won": "KRW",
    "złoty": "PLN", "złotys": "PLN", "złotych": "PLN", "zloty": "PLN", "zlotys": "PLN",
    "zlotych": "PLN", "franc": "CHF", "francs": "CHF", "swiss francs": "CHF", "swiss franc": "CHF",
    "rupee": "INR", "rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "markka": "FIM",
    "finnish markka": "FIM", "peso": "MXN", "pesos": "MXN", "rand": "ZAR", "naira": "NGN",
    "shekel": "ILS", "shekels": "ILS", "lira": "TRY", "ringgit": "MYR", "baht": "THB",
    "krona": "SEK", "kronor": "SEK", "kroner": "NOK", "riyal": "SAR", "riyals": "SAR",
    "dirham": "AED", "dirhams": "AED", "dinar": "KWD", "dinars": "KWD", "rial": "IRR",
    "rials": "IRR", "hryvnia": "UAH", "forint": "HUF", "forints": "HUF", "koruna": "CZK",
    "lei": "RON", "leu": "RON", "kip": "LAK", "rupiah": "IDR", "dong": "VND", "bitcoin": "XBT",
}
# Currency names that are also common words: money only with a scale ("1.5 trillion won").
CURRENCY_WORDS_NEEDING_SCALE = {"won", "rand", "dong", "lei", "pound", "pounds"}
# Minor units: the amount is divided by 100 into the major currency.
MINOR_CURRENCY_WORDS = {"cent": "USD", "cents": "USD", "penny": "GBP", "pence": "GBP", "p": "GBP"}

# Units of time: canonical name, and the words and abbreviations that write it.
DURATION_UNITS = {
    "second": ("seconds", "second", "secs", "sec"),
    "minute": ("minutes", "minute", "mins", "min"),
    "hour": ("hours", "hour", "hrs", "hr", "h"),
    "day": ("days", "day"),
    "week": ("weeks", "week", "wks"),
    "month": ("months", "month"),
    "year": ("years", "year", "yrs"),
    "decade": ("decades", "decade"),
    "century": ("centuries", "century"),
}
# Units of measure: canonical name, and its spellings (longest are tried first).
MEASURE_UNITS = {
    "km/h": ("kilometres per hour", "kilometers per hour", "kilometre per hour",
             "kilometer per hour", "km/h", "km/hr", "kmph", "kph"),
    "mph": ("miles per hour", "mph"),
    "square kilometer": ("square kilometres", "square kilometers", "square kilometre",
                         "square kilometer", "sq km", "km2", "km^2", "km²"),
    "square meter": ("square metres", "square meters", "square metre", "square meter", "m2", "m^2", "m²"),
    "square mile": ("square miles", "square mile", "sq mi"),
    "hectare": ("hectares", "hectare", "ha"),
    "acre": ("acres", "acre"),
    "kilometer": ("kilometres", "kilometers", "kilometre", "kilometer", "km"),
    "meter": ("metres", "meters", "metre", "meter"),
    "centimeter": ("centimetres", "centimeters", "centimetre", "centimeter", "cm"),
    "millimeter": ("millimetres", "millimeters", "millimetre", "millimeter", "mm"),
    "micrometer": ("micrometres", "micrometers", "micrometre", "micrometer", "microns", "micron", "µm"),
    "mile": ("miles", "mile", "mi"),
    "foot": ("feet", "foot", "ft"),
    "inch": ("inches", "inch"),
    "yard": ("yards", "yard", "yd"),
    "light-year": ("light-years", "light-year", "light years", "light year"),
    "tonne": ("metric tons", "metric tonnes", "tonnes", "tonne", "tons", "ton", "t"),
    "kilogram": ("kilograms", "kilogrammes", "kilogram", "kilos", "kilo", "kg"),
    "gram": ("grams", "gram", "g"),
    "milligram": ("milligrams", "milligram", "mg"),
    "microgram": ("micrograms", "microgram", "µg", "mcg"),
    "lb": ("pounds", "pound", "lbs", "lb"),
    "ounce": ("ounces", "ounce", "oz"),
    "barrel": ("barrels", "barrel", "bbl"),
    "gallon": ("gallons", "gallon"),
    "liter": ("litres", "liters", "litre", "liter"),
    "milliliter": ("millilitres", "milliliters", "ml"),
    "centiliter": ("centilitres", "centiliters", "cl"),
    "teaspoon": ("teaspoons", "teaspoon", "tsp"),
    "degree Celsius": ("degrees celsius", "degrees centigrade", "degree celsius", "°c", "c"),
    "degree Fahrenheit": ("degrees fahrenheit", "degree fahrenheit", "°f", "f"),
    "degree": ("degrees", "degree", "°"),
    "kelvin": ("kelvin", "K"),
    "megawatt hour": ("megawatt hours", "mwh"),
    "kilowatt hour": ("kilowatt hours", "kwh"),
    "watt hour": ("watt hours", "wh"),
    "gigawatt": ("gigawatts", "gigawatt", "gw"),
    "megawatt": ("megawatts", "megawatt", "mw"),
    "kilowatt": ("kilowatts", "kilowatt", "kw"),
    "watt": ("watts", "watt", "W"),
    "volt": ("volts", "volt", "kv"),
    "gigahertz": ("gigahertz", "ghz"),
    "megahertz": ("megahertz", "mhz"),
    "teraelectronvolt": ("tev",),
    "gigaelectronvolt": ("gev",),
    "terabyte": ("terabytes", "tb"),
    "gigabyte": ("gigabytes", "gb"),
    "megabyte": ("megabytes", "mb"),
    "kilobyte": ("kilobytes", "kb"),
    "byte": ("bytes", "byte"),
    "bit": ("bits", "bit", "b"),
    "milligray": ("mgy",),
    "calorie": ("calories", "kcal"),
    "british thermal unit": ("british thermal units", "btu"),
    "ton per day": ("tpd",),
    "turn": ("turns", "turn"),
}
# Abbreviations that are units only when written right after the digits or a space and
# in this exact case ("5 K", "10 W"), since in lower case they are words.
CASE_SENSITIVE_UNITS = {"K", "W", "t", "g", "f", "c", "b", "h", "mi", "ha"}

# Words after which a bound or hedge changes the meaning of the number.
QUALIFIERS = {
    "more than": "more than", "over": "over", "above": "above", "upwards of": "upwards of",
    "in excess of": "more than", "greater than": "more than", "bigger than": "more than",
    "higher than": "more than", "exceed": "exceeding", "exceeds": "exceeding",
    "exceeded": "exceeding", "exceeding": "exceeding", "surpass": "exceeding",
    "surpassed": "exceeding", "under": "under", "below": "below", "less than": "less than",
    "fewer than": "fewer than", "lower than": "less than", "up to": "up to", "at most": "at most",
    "no more than": "at most", "not more than": "at most", "at least": "at least",
    "no less than": "at least", "no fewer than": "at least", "as many as": "as many as",
    "as much as": "as much as", "as high as": "as high as", "as low as": "as low as",
    "as few as": "as few as", "as little as": "as little as", "within": "within",
    "since": "since", "by": "by", "until": "until", "before": "before",
    "equal to": "equal to", "equals to": "equal to", "greater than or equal to": "at least",
    "more than or equal to": "at least", "less than or equal to": "at most",
    "at least or equal to": "at least", "bigger or equal than": "at least",
    ">=": "at least", "<=": "at most", ">": "more than", "<": "less than", "≥": "at least",
    "≤": "at most",
}
# Nouns a year qualifies rather than counts: "below 2005 levels".
YEAR_NOUNS = frozenset("levels prices figures rates values dollars standards numbers data".split())
# Qualifiers that only bound a year ("since 2006"), never a count.
YEAR_QUALIFIERS = {"since", "by", "until", "before"}
LOWER_BOUNDS = {"more than", "over", "above", "upwards of", "exceeding", "at least", "as many as",
                "as much as", "as high as"}
UPPER_BOUNDS = {"under", "below", "less than", "fewer than", "up to", "at most", "as low as",
                "as few as", "as little as"}
HEDGES = (
    "about", "around", "roughly", "approximately", "approx.", "some", "nearly", "almost",
    "an estimated", "estimated", "close to", "circa", "c.", "just over", "just under",
    "more or less", "an approximate", "~",
)

# "a year", "per month", "annually": the period a rate is given for.
PERIOD_WORDS = {
    "annually": "year", "yearly": "year", "a year": "year", "per year": "year", "each year": "year",
    "every year": "year", "per annum": "year", "a month": "month", "per month": "month",
    "monthly": "month", "each month": "month", "a week": "week", "per week": "week",
    "weekly": "week", "a day": "day", "per day": "day", "daily": "day", "each day": "day",
    "an hour": "hour", "per hour": "hour", "a share": "share", "per share": "share",
    "a barrel": "barrel", "per barrel": "barrel", "per capita": "person", "per person": "person",
    "a head": "person", "per kg": "kilogram", "a kilogram": "kilogram", "per tonne": "tonne",
    "a tonne": "tonne", "per ton": "tonne", "a ton": "tonne", "a gallon": "gallon",
    "per gallon": "gallon", "a litre": "litre", "per litre": "litre",
}
# Words after "a year" that make it a point in time, not a rate ("a year earlier").
NOT_PERIOD_AFTER = {"earlier", "ago", "later", "before", "after", "from", "since", "or"}

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Plurals that do not end in -s, for the counted noun of "two police", "54 children".
IRREGULAR_PLURALS = frozenset("""
people children men women police staff personnel cattle feet teeth geese mice data media
troops crew livestock clergy faculty aircraft sheep fish deer offspring
""".split())
# Words that end the counted noun phrase after a number: function words and common verbs.
COUNT_PHRASE_STOPS = frozenset("""
a an the of in on at to for from with by and or but nor as that which who whom whose where when
were was is are be been being have has had will would could should can may might must do did does
not no each all both more most less least than per this these those its their his her our your my
it they he she we you i there here so if while after before since until about into over under
through between among against during without within also only just still even ago earlier later
said says say told according like than because whether then now yet again out up down off
have had has get got made make year years month months week weeks day days percent per cent
approximately roughly nearly almost around some many much several few
""".split())
# Capitalised words that may stand right before a number without naming it ("In 2015").
NOT_NAME_WORDS = frozenset("""
in on at by for from to of since until before after about around and or but the a an with
about nearly almost some over under than between during mid early late last next this that
""".split())
# Words that end the noun phrase of "a third of the budget [goes]": auxiliaries, linking words
# and verbs frequent in news, so that the phrase stops where the clause goes on.
VERB_PHRASE_OPENERS = tuple("""
is are was were be been being has have had will would can could may might must shall should do
does did to that which who whom whose what how why where whether than as if when while because
but and or nor so said says
say told tell goes go went ran run runs come came comes live lives died die dies voted vote votes
remain remains stayed want wants got get gets make makes made take takes took think thinks believe
believes support supports oppose opposes face faces work works according
""".split())

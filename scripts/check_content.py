"""The bundled playbook's claims, held to its data: what `make test` checks about content/, not about Folio.

The chapters state numbers and directions ("from about 36 percent to under 30 percent", "22 agents reach
80/60", "four chats for every five calls"). Each claim below finds its sentence in the Swedish and the
Romanian page, reads the numbers the text states, and computes them again from the data files (the ticket
export, the metrics tables, the pulled snapshot, Erlang C). A number changed in the text or in the data
alone fails here, naming the page, the claim and both values; a sentence reworded so that a claim no longer
finds it fails too, asking for the claim to be updated with it.

Run by scripts/check-content (after `folio check` on the playbook); exits 1 on any failure.
"""

import csv
import math
import pathlib
import re
import sys

CONTENT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "content")
failures = []
WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "åtta": 8, "åttonde": 8, "tio": 10, "tionde": 10,
         "unu": 1, "doi": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6, "opt": 8, "zece": 10}


def fail(where, message):
    failures.append(f"{where}: {message}")


def table(name):
    with open(CONTENT / "data" / name, newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def number(text):
    text = text.replace("\u00a0", "").replace(" ", "").replace(",", ".").lower()
    return WORDS[text] if text in WORDS else float(text)


def stated(page, pattern):
    """The numbers `pattern`'s groups capture in `page`'s text, or None (a failure) when it is not there."""
    text = (CONTENT / page).read_text(encoding="utf-8")
    match = re.search(pattern, text, re.S)
    if not match:
        fail(f"content/{page}", f"the sentence of a claim is gone (pattern {pattern!r}): update scripts/check_content.py")
        return None
    return [number(group) for group in match.groups()]


def claim(pages, check):
    """Runs `check(where, numbers)` with the numbers each page states; `pages` maps a page to its pattern."""
    for page, pattern in pages.items():
        numbers = stated(page, pattern)
        if numbers is not None:
            check(f"content/{page}", *numbers)


def expect(where, condition, message):
    if not condition:
        fail(where, message)


def about(value, said, within=1.0):
    return abs(value - said) <= within


# --- The data --------------------------------------------------------------------------------------------

TICKETS = table("tickets/tickets.csv")
MONTHLY = table("metrics/monthly.csv")
MIX = table("metrics/channel-mix.csv")
CHANNELS = table("metrics/channels.csv")
TEAMS = table("metrics/teams.csv")
STAFFING = table("metrics/staffing.csv")
REOPENED = table("snapshots/reopened-share.csv")
SERVICE = table("metrics/service.csv")
PEOPLE = table("metrics/people.csv")


def erlang_wait(traffic, agents):
    """Erlang C (A. K. Erlang, 1917): the chance that a call waits."""
    if agents <= traffic:
        return 1.0
    term, total = 1.0, 0.0
    for k in range(agents):
        if k > 0:
            term *= traffic / k
        total += term
    top = term * traffic / agents * agents / (agents - traffic)
    return top / (total + top)


def service_level(traffic, agents, within, handle):
    if agents <= traffic:
        return 0.0
    return 1 - erlang_wait(traffic, agents) * math.exp(-(agents - traffic) * within / handle)


def agents_needed(traffic, target, within, handle):
    agents = int(traffic) + 1
    while service_level(traffic, agents, within, handle) < target:
        agents += 1
    return agents


# --- The claims ------------------------------------------------------------------------------------------


def csat_target(where, before, after):
    for row in MONTHLY:
        want = after if row["month"] >= "2026" else before
        expect(where, float(row["target_csat"]) == want, f"target_csat {row['target_csat']} in {row['month']}, text says {want:g}")
    csat = [float(row["csat"]) for row in MONTHLY]
    for index, row in enumerate(MONTHLY):
        if row["month"].endswith("-07") and 0 < index < len(csat) - 1:
            expect(where, csat[index] < csat[index - 1] and csat[index] < csat[index + 1], f"CSAT in {row['month']} is no dip")


claim({"sv/matning/nyckeltal.md": r"Målet höjdes från (\d+) till (\d+) procent inför 2026\. Lägg märke till svackan i juli",
       "ro/masurare/indicatori.md": r"ridicată de la (\d+) la (\d+) la sută pentru 2026\. Observați scăderea din iulie"},
      csat_target)


def csat_shares():
    counts = {}
    for row in TICKETS:
        if not row["csat"] or not ("2025-01" <= row["created"] < "2026-10"):
            continue
        quarter = f"{row['created'][:4]}-Q{(int(row['created'][5:7]) + 2) // 3}"
        satisfied, rated = counts.get((quarter, row["channel"]), (0, 0))
        counts[(quarter, row["channel"])] = (satisfied + (float(row["csat"]) >= 4), rated + 1)
    return {key: 100 * satisfied / rated for key, (satisfied, rated) in counts.items()}


SHARES = csat_shares()


def csat_by_channel(where, first_said, last_said):
    channels = ["phone", "email", "chat"]
    first = {channel: SHARES[("2025-Q1", channel)] for channel in channels}
    last = {channel: SHARES[("2026-Q3", channel)] for channel in channels}
    expect(where, min(first, key=first.get) == "chat", f"chat is not lowest in 2025-Q1 ({first})")
    expect(where, about(first["chat"], first_said), f"chat in 2025-Q1 is {first['chat']:.1f} %, text says about {first_said:g}")
    expect(where, max(last, key=last.get) == "chat", f"chat is not highest in 2026-Q3 ({last})")
    expect(where, last_said - 1 <= last["chat"] < last_said,
           f"chat in 2026-Q3 is {last['chat']:.1f} %, text says nearly {last_said:g}")
    rises = {channel: last[channel] - first[channel] for channel in channels}
    expect(where, all(rise > 0 for rise in rises.values()) and max(rises, key=rises.get) == "chat",
           f"not every channel rose, chat most ({rises})")


claim({"sv/matning/nyckeltal.md": r"omkring (\d+) procent nöjda kunder i första kvartalet\..*?nästan (\d+) procent",
       "ro/masurare/indicatori.md": r"aproximativ (\d+) la sută de clienți mulțumiți în primul trimestru\..*?aproape (\d+) la sută"},
      csat_by_channel)


def chat_for_calls(where, chats, calls):
    quarters = {row["quarter"]: row for row in MIX}
    for quarter in ["2026-Q2", "2026-Q3"]:
        expect(where, float(quarters[quarter]["chat"]) > float(quarters[quarter]["email"]), f"chat below e-mail in {quarter}")
    expect(where, float(quarters["2026-Q1"]["chat"]) < float(quarters["2026-Q1"]["email"]), "chat passed e-mail before 2026-Q2")
    ratio = float(quarters["2026-Q3"]["chat"]) / float(quarters["2026-Q3"]["phone"])
    expect(where, about(ratio, chats / calls, 0.05), f"{ratio:.2f} chats per call in 2026-Q3, text says {chats:g} for {calls:g}")


claim({"sv/matning/nyckeltal.md": r"Sedan andra kvartalet 2026 tar den emot fler ärenden än e-posten, och tredje kvartalet 2026 kom det (\w+) chattar för varje (\w+) samtal",
       "ro/masurare/indicatori.md": r"Din al doilea trimestru al lui 2026 primește mai multe solicitări decât e-mailul, iar în al treilea trimestru al lui 2026 au venit (\w+) conversații pe chat la fiecare (\w+) apeluri"},
      chat_for_calls)


def resolution_times(where):
    for row in CHANNELS:
        expect(where, 16 <= float(row["res_email"]) <= 31, f"e-mail resolved in {row['res_email']} h, not about a day")
        for column in ["res_phone", "res_chat"]:
            expect(where, 1 <= float(row[column]) <= 8, f"{column} is {row[column]} h, not a few hours")
    for column in ["frt_phone", "frt_email", "frt_chat"]:
        expect(where, float(CHANNELS[-1][column]) < float(CHANNELS[0][column]), f"{column} did not fall")


claim({"sv/kanaler-och-bemanning/kanaler-och-svarstider.md": r"i telefon och chatt handlar det om några timmar, i e-post om ungefär ett dygn",
       "ro/canale-si-personal/canale-si-timpi-de-raspuns.md": r"la telefon și pe chat este vorba de câteva ore, pe e-mail de aproximativ o zi"},
      resolution_times)


def reopened_share(where, first_said, last_said):
    shares = [float(row["reopened_share"]) * 100 for row in REOPENED]
    expect(where, about(shares[0], first_said), f"reopened share starts at {shares[0]:.1f} %, text says about {first_said:g}")
    expect(where, about(shares[-1], last_said), f"reopened share ends at {shares[-1]:.1f} %, text says about {last_said:g}")
    # FCR is "the customer did not come back": with the reopened share it makes 100 % every month.
    fcr = {row["month"]: float(row["fcr"]) for row in MONTHLY}
    for row in REOPENED:
        total = fcr[row["month"]] + float(row["reopened_share"]) * 100
        expect(where, abs(total - 100) < 0.05, f"FCR + reopened share is {total:.1f} % in {row['month']}, not 100")
    # The committed snapshot is what the ticket export gives (PostgreSQL rounds to 3 places).
    sums = {}
    for row in TICKETS:
        reopened, count = sums.get(row["created"][:7], (0, 0))
        sums[row["created"][:7]] = (reopened + int(row["reopened"]), count + 1)
    exact = [sums[month][0] / sums[month][1] for month in sorted(sums)]
    expect(where, [row["month"] for row in REOPENED] == sorted(sums), "snapshot months differ from the export's")
    for row, value in zip(REOPENED, exact):
        expect(where, abs(float(row["reopened_share"]) - value) <= 0.0005 + 1e-9,
               f"snapshot {row['month']} is {row['reopened_share']}, the export gives {value:.4f}: run make pull-sample")


claim({"sv/kvalitet-och-larande/klagomalshantering.md": r"sjunkit från omkring (\d+) procent till omkring (\d+) procent",
       "ro/calitate-si-invatare/gestionarea-reclamatiilor.md": r"de la aproximativ (\d+) la sută la aproximativ (\d+) la sută"},
      reopened_share)


def erlang_example(where, calls, minutes, minutes_per, traffic, agents):
    expect(where, calls * minutes / minutes_per == traffic, f"{calls:g} × {minutes:g} / {minutes_per:g} is not {traffic:g} erlang")
    needed = agents_needed(traffic, 0.8, 60, minutes * 60)
    expect(where, needed == agents, f"Erlang C needs {needed} agents for 80/60 at {traffic:g} erlang, text says {agents:g}")


claim({"sv/kanaler-och-bemanning/bemanningsplanering.md": r"väntar ni (\d+) samtal, och den genomsnittliga hanteringstiden är (\d+) minuter\. Det ger en trafik på \d+ × \d+ / (\d+) = \*\*(\d+) erlang\*\*.*?\*\*(\d+) medarbetare\*\* i telefon för att nå 80/60",
       "ro/canale-si-personal/planificarea-personalului.md": r"vă așteptați la (\d+) de apeluri, iar durata medie de tratare este de (\d+) minute\. Asta înseamnă un trafic de \d+ × \d+ / (\d+) = \*\*(\d+) erlangi\*\*.*?\*\*(\d+) de angajați\*\* la telefon"},
      erlang_example)


def erlang_table(page):
    """Every row of the worked example's table: wait risk, answered within 60 s, mean wait, occupancy."""
    where = f"content/{page}"
    rows = re.findall(r"^\| (\d+) \| (\d+) % \| (\d+) % \| (?:(\d+) min )?(\d+) s \| (\d+) % \|$",
                      (CONTENT / page).read_text(encoding="utf-8"), re.M)
    expect(where, len(rows) == 6, f"the Erlang C table has {len(rows)} rows, the claim expects 6")
    traffic, handle = 18, 360
    for agents, wait, answered, wait_minutes, wait_seconds, occupancy in rows:
        n = int(agents)
        p = erlang_wait(traffic, n)
        mean_wait = p * handle / (n - traffic)
        values = [("risk of waiting", round(p * 100), int(wait)),
                  ("answered within 60 s", round(service_level(traffic, n, 60, handle) * 100), int(answered)),
                  ("mean wait (s)", round(mean_wait), int(wait_minutes or 0) * 60 + int(wait_seconds)),
                  ("occupancy", round(traffic / n * 100), int(occupancy))]
        for name, computed, said in values:
            expect(where, abs(computed - said) <= 1, f"{n} agents: {name} is {computed}, the table says {said}")


erlang_table("sv/kanaler-och-bemanning/bemanningsplanering.md")
erlang_table("ro/canale-si-personal/planificarea-personalului.md")


def shrinkage(where, agents, share, scheduled, occupancy):
    expect(where, math.ceil(agents / (1 - share / 100)) == scheduled,
           f"{agents:g} / (1 − {share / 100:g}) rounds up to {math.ceil(agents / (1 - share / 100))}, text says {scheduled:g}")
    expect(where, round(18 / agents * 100) == occupancy, f"occupancy 18 / {agents:g} is {18 / agents:.0%}, text says {occupancy:g} %")


claim({"sv/kanaler-och-bemanning/bemanningsplanering.md": r"(\d+) / \(1 − 0,(\d+)\) ≈ \*\*(\d+) personer\*\*.*?I exemplet är den (\d+) procent",
       "ro/canale-si-personal/planificarea-personalului.md": r"(\d+) / \(1 − 0,(\d+)\) ≈ \*\*(\d+) de oameni\*\*.*?În exemplu este de (\d+) la sută"},
      shrinkage)


def staffing_day(where, level_said, from_hour):
    calls = [float(row["calls"]) for row in STAFFING]
    levels = [float(row["service_level"]) for row in STAFFING]
    for row in STAFFING:
        traffic = float(row["calls"]) * 360 / 1800
        expect(where, agents_needed(traffic, 0.8, 60, 360) == int(row["required"]), f"required at {row['interval']}")
        computed = service_level(traffic, int(row["scheduled"]), 60, 360) * 100
        expect(where, abs(computed - float(row["service_level"])) < 0.06, f"service level at {row['interval']}")
        if row["interval"] >= f"{int(from_hour):02d}:00":
            expect(where, float(row["service_level"]) >= 80, f"below target at {row['interval']}")
    weighted = sum(c * l for c, l in zip(calls, levels)) / sum(calls)
    expect(where, about(weighted, level_said, 0.5), f"{weighted:.1f} % over the day, text says about {level_said:g}")


claim({"sv/kanaler-och-bemanning/bemanningsplanering.md": r"Över hela dagen besvaras ungefär (\d+) procent av samtalen inom 60 sekunder, trots att schemat från klockan (\d+)",
       "ro/canale-si-personal/planificarea-personalului.md": r"Pe întreaga zi, aproximativ (\d+) la sută din apeluri sunt preluate în 60 de secunde, deși de la ora (\d+)"},
      staffing_day)


def handle_time(where, minutes):
    sums = {}
    for row in TICKETS:
        if row["channel"] == "phone" and row["handle_minutes"]:
            total, count = sums.get(row["created"][:7], (0, 0))
            sums[row["created"][:7]] = (total + float(row["handle_minutes"]), count + 1)
    means = [sums[month][0] / sums[month][1] for month in sorted(sums)]
    expect(where, means[0] > minutes > means[-1], f"phone handle time {means[0]:.2f} -> {means[-1]:.2f}, not across {minutes:g} min")
    expect(where, means[-1] < means[0] * 0.95, "phone handle time did not fall")


claim({"sv/kanaler-och-bemanning/bemanningsplanering.md": r"den genomsnittliga hanteringstiden är (\d+) minuter",
       "ro/canale-si-personal/planificarea-personalului.md": r"durata medie de tratare este de (\d+) minute"},
      handle_time)


def teams(where):
    x = [float(row["csat"]) for row in TEAMS]
    y = [float(row["retention"]) for row in TEAMS]
    mx, my = sum(x) / len(x), sum(y) / len(y)
    cov = sum((a - mx) * (b - my) for a, b in zip(x, y))
    r = cov / math.sqrt(sum((a - mx) ** 2 for a in x) * sum((b - my) ** 2 for b in y))
    expect(where, len(x) == 12, f"{len(x)} teams, not twelve")
    expect(where, 0.6 < r < 0.95, f"CSAT and retention correlate at r = {r:.2f}, not clearly but imperfectly")


teams("content/data/metrics/teams.csv")

# --- Promises, long waits and the new metrics (issue 34) ------------------------------------------------


def month_of(row):
    return row["created"][:7]


def percentile(values, p):
    """Like the build's percentile(x, p) (PostgreSQL's percentile_cont): linear between the nearest ranks."""
    values = sorted(values)
    h = (len(values) - 1) * p / 100
    low = int(h)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (h - low)


def replies(channel):
    """First replies in minutes per month for one channel, from the ticket export."""
    months = {}
    for row in TICKETS:
        if row["channel"] == channel and row["first_reply_minutes"]:
            months.setdefault(month_of(row), []).append(float(row["first_reply_minutes"]))
    return months


PHONE, EMAIL, CHAT = replies("phone"), replies("email"), replies("chat")
SINCE_CALLBACK = [month for month in sorted(PHONE) if month >= "2026-05"]


def missed(months, limit):
    """The share (percent) of each month's replies slower than `limit` minutes."""
    return {month: 100 * sum(value > limit for value in values) / len(values) for month, values in months.items()}


def team_mix(where):
    """The company's latest month is the contact-weighted mix of its teams (teams.csv is that month)."""
    weights = [float(row["contacts"]) for row in TEAMS]
    expect(where, sum(weights) == float(MONTHLY[-1]["contacts"]),
           f"the teams' contacts add up to {sum(weights):g}, {MONTHLY[-1]['month']} has {MONTHLY[-1]['contacts']}")
    for column, company in [("csat", MONTHLY), ("fcr", MONTHLY), ("retention", MONTHLY), ("enps", PEOPLE),
                            ("attrition", PEOPLE)]:
        mix = sum(float(row[column]) * w for row, w in zip(TEAMS, weights)) / sum(weights)
        expect(where, about(mix, float(company[-1][column])),
               f"the teams' contact-weighted {column} is {mix:.1f}, the company's is {company[-1][column]}")


team_mix("content/data/metrics/teams.csv")


def fcr_trend(where, first, last):
    values = [float(row["fcr"]) for row in MONTHLY]
    expect(where, about(values[0], first) and about(values[-1], last),
           f"FCR went from {values[0]:g} to {values[-1]:g} %, text says about {first:g} to about {last:g}")


claim({"sv/matning/nyckeltal.md": r"Den har stigit från omkring (\d+) till omkring (\d+) procent på två år",
       "ro/masurare/indicatori.md": r"Aceasta a crescut în doi ani de la aproximativ (\d+) la aproximativ (\d+) la sută"},
      fcr_trend)


def promises(where, low_2025, high_2025, phone_low, phone_high, longest, email_low, email_high):
    within_60 = {month: 100 - share for month, share in missed(PHONE, 1).items()}
    in_2025 = [value for month, value in within_60.items() if month.startswith("2025")]
    expect(where, low_2025 <= min(in_2025) and max(in_2025) <= high_2025,
           f"phone service level in 2025 is {min(in_2025):.1f}–{max(in_2025):.1f} %, text says {low_2025:g}–{high_2025:g}")
    expect(where, all(within_60[month] >= 80 for month in SINCE_CALLBACK), "service level under 80 % since May 2026")
    promise_misses(where, phone_low, phone_high, email_low, email_high)
    wait = max(max(PHONE[month]) for month in SINCE_CALLBACK)
    expect(where, round(wait) == longest, f"the longest call waited {wait:.1f} min, text says {longest:g}")


def promise_misses(where, phone_low, phone_high, email_low, email_high):
    """Since May 2026: the range of the monthly shares of calls over three minutes and e-mails over 480."""
    phone, email = missed(PHONE, 3), missed(EMAIL, 480)
    for name, shares, low, high in [("calls over 3 min", phone, phone_low, phone_high),
                                    ("e-mails over 480 min", email, email_low, email_high)]:
        values = [shares[month] for month in SINCE_CALLBACK]
        expect(where, round(min(values)) == low and round(max(values)) == high,
               f"{name}, May–Oct 2026: {min(values):.1f}–{max(values):.1f} %, text says {low:g}–{high:g}")
        expect(where, all(value > 5 for value in values), f"{name}: the 95 % target was met in a month")


claim({"sv/kanaler-och-bemanning/kanaler-och-svarstider.md":
       r"låg den mellan (\d+) och (\d+) procent under 2025.*?fick (\d+)–(\d+) procent av samtalen varje månad vänta längre än tre minuter, och det längsta samtalet väntade (\d+) minuter\. Av mejlen fick (\d+)–(\d+) procent inget personligt svar inom 480 minuter",
       "ro/canale-si-personal/canale-si-timpi-de-raspuns.md":
       r"a fost între (\d+) și (\d+) la sută în 2025.*?(\d+)–(\d+) la sută dintre apeluri au așteptat în fiecare lună mai mult de trei minute, iar cel mai lung apel a așteptat (\d+) de minute\. Dintre e-mailuri, (\d+)–(\d+) la sută nu au primit un răspuns personal în 480 de minute"},
      promises)


claim({"sv/grunder/servicelofter.md": r"Från maj till oktober 2026 fick (\d+)–(\d+) procent av samtalen varje månad vänta längre än tre minuter, och (\d+)–(\d+) procent av mejlen",
       "ro/notiuni-de-baza/angajamente-de-servire.md": r"Între mai și octombrie 2026, (\d+)–(\d+) la sută dintre apeluri au așteptat în fiecare lună mai mult de trei minute, iar (\d+)–(\d+) la sută dintre e-mailuri"},
      promise_misses)


def long_waits(where, phone_first, chat_first, phone_last, chat_last):
    """p95 of the first reply, November 2024 and October 2026, and above the three-minute target every month."""
    for name, months, first, last in [("phone", PHONE, phone_first, phone_last), ("chat", CHAT, chat_first, chat_last)]:
        p95 = {month: round(percentile(values, 95) * 60) / 60 for month, values in months.items()}
        ordered = [p95[month] for month in sorted(p95)]
        expect(where, about(ordered[0], first, 0.5) and about(ordered[-1], last, 0.5),
               f"{name} p95 went from {ordered[0]:.1f} to {ordered[-1]:.1f} min, text says about {first:g} to {last:g}")
        expect(where, min(ordered) > 3, f"{name} p95 met the three-minute target in a month")


claim({"sv/matning/nyckeltal.md": r"p95 sjunkit från omkring (\d+) minuter i telefon och (\d+) minuter i chatten i november 2024 till omkring (\d+) och (\d+) minuter i oktober 2026",
       "ro/masurare/indicatori.md": r"p95 a scăzut de la aproximativ (\d+) minute la telefon și (\d+) minute pe chat în noiembrie 2024 la aproximativ (\d+) și, respectiv, (\d+) minute în octombrie 2026"},
      long_waits)


def abandonment(where, before_said, after_said, target, asa_first):
    before = [float(row["abandonment"]) for row in SERVICE if row["month"] < "2026-05"]
    after = [float(row["abandonment"]) for row in SERVICE if row["month"] >= "2026-05"]
    expect(where, about(sum(before) / len(before), before_said, 0.5),
           f"abandonment before May 2026 averages {sum(before) / len(before):.1f} %, text says about {before_said:g}")
    expect(where, all(about(value, after_said, 0.5) for value in after), f"abandonment since May 2026 is {after}, not about {after_said:g}")
    expect(where, max(after) < target < min(before), f"abandonment is not under {target:g} % only since May 2026")
    asa = sum(PHONE[min(PHONE)]) / len(PHONE[min(PHONE)])
    expect(where, about(asa, asa_first, 0.1), f"ASA in {min(PHONE)} is {asa:.2f} min, text says about {asa_first:g}")


claim({"sv/matning/nyckeltal.md": r"omkring (\d+) procent av dem som ringde på i kön\. Sedan maj 2026.*?runt (\d+) procent, under målet \{\{metric abandonment target\}\}.*?från omkring ([\d,]+) minuter i november 2024",
       "ro/masurare/indicatori.md": r"aproximativ (\d+) la sută dintre cei care sunau închideau în timp ce așteptau\. Din mai 2026.*?în jur de (\d+) la sută, sub ținta de \{\{metric abandonment target\}\}.*?de la aproximativ ([\d,]+) minute în noiembrie 2024"},
      lambda where, before, after, asa: abandonment(where, before, after, 5, asa))


def registered_target(metric):
    text = (CONTENT / "metrics.yml").read_text(encoding="utf-8")
    match = re.search(rf"^{metric}:\n(?:  .*\n)*?  target: ([\d.]+)%?$", text, re.M)
    return float(match.group(1)) if match else None


def effort(where, first, last, target):
    values = {row["month"]: float(row["ces"]) for row in SERVICE}
    ordered = [values[month] for month in sorted(values)]
    expect(where, (ordered[0], ordered[-1]) == (first, last), f"CES went from {ordered[0]:g} to {ordered[-1]:g}, text says {first:g} to {last:g}")
    expect(where, registered_target("ces") == target, f"metrics.yml's CES target is {registered_target('ces')}, text says {target:g}")
    expect(where, all((value >= target) == (month >= "2025-09") for month, value in values.items()),
           "CES is not under its target before September 2025 and at it since")


claim({"sv/matning/nyckeltal.md": r"medelvärdet stigit från ([\d,]+) till ([\d,]+) på två år\. Före självservicen på webben, som lanserades i september 2025, låg det under målet ([\d,]+) varje månad",
       "ro/masurare/indicatori.md": r"media a crescut în doi ani de la ([\d,]+) la ([\d,]+)\. Înainte de autoservirea pe web, lansată în septembrie 2025, a fost sub ținta de ([\d,]+) în fiecare lună"},
      effort)
expect("content/metrics.yml", registered_target("abandonment") == 5, "the abandonment target is not 5 %, as the chapters say")


def cost(where, first, last):
    values = {row["month"]: float(row["cost_per_contact"]) for row in SERVICE}
    ordered = [values[month] for month in sorted(values)]
    expect(where, about(ordered[0], first, 0.1) and about(ordered[-1], last, 0.1),
           f"cost per contact went from {ordered[0]:g} to {ordered[-1]:g} euro, text says about {first:g} to {last:g}")
    for month in values:
        if month.endswith("-07"):
            year = month[:4]
            expect(where, values[month] > max(values[f"{year}-06"], values[f"{year}-08"]), f"no rise in cost per contact in {month}")


claim({"sv/matning/nyckeltal.md": r"sjunkit från omkring ([\d,]+) till omkring ([\d,]+) euro på två år",
       "ro/masurare/indicatori.md": r"a scăzut în doi ani de la aproximativ ([\d,]+) la aproximativ ([\d,]+) euro"},
      cost)


def correlation(x, y):
    mx, my = sum(x) / len(x), sum(y) / len(y)
    cov = sum((a - mx) * (b - my) for a, b in zip(x, y))
    return cov / math.sqrt(sum((a - mx) ** 2 for a in x) * sum((b - my) ** 2 for b in y))


def employees(where, enps_first, enps_last, attrition_first, attrition_last):
    enps = [float(row["enps"]) for row in PEOPLE]
    attrition = [float(row["attrition"]) for row in PEOPLE]
    expect(where, (enps[0], enps[-1]) == (enps_first, enps_last), f"eNPS went from {enps[0]:g} to {enps[-1]:g}, text says {enps_first:g} to {enps_last:g}")
    expect(where, about(attrition[0], attrition_first) and about(attrition[-1], attrition_last),
           f"attrition went from {attrition[0]:g} to {attrition[-1]:g} %, text says about {attrition_first:g} to {attrition_last:g}")
    r = correlation([float(row["enps"]) for row in TEAMS], [float(row["csat"]) for row in TEAMS])
    expect(where, 0.6 < r < 0.95, f"the teams' eNPS and CSAT correlate at r = {r:.2f}, not clearly but imperfectly")


claim({"sv/matning/nyckeltal.md": r"eNPS stigit från (\d+) till (\d+) och personalomsättningen sjunkit från omkring (\d+) till omkring (\d+) procent",
       "ro/masurare/indicatori.md": r"eNPS a crescut în doi ani de la (\d+) la (\d+), iar fluctuația personalului a scăzut de la aproximativ (\d+) la aproximativ (\d+) la sută"},
      employees)


def chat_staffing(where, chats, minutes, concurrency, interval, traffic, enough, places_full, places, agents):
    expect(where, chats * minutes / interval == traffic, f"{chats:g} × {minutes:g} / {interval:g} is not {traffic:g} erlang")
    expect(where, enough * concurrency == places_full == traffic, f"{enough:g} agents × {concurrency:g} chats are not {traffic:g} places")
    needed = agents_needed(traffic, 0.8, 60, minutes * 60)
    expect(where, needed == places, f"Erlang C needs {needed} places for 80/60 at {traffic:g} erlang, text says {places:g}")
    expect(where, math.ceil(needed / concurrency) == agents, f"{needed} places at {concurrency:g} chats each is {math.ceil(needed / concurrency)} agents, text says {agents:g}")


claim({"sv/kanaler-och-bemanning/bemanningsplanering.md": r"det kommer (\d+) chattar en halvtimme och att en chatt i genomsnitt pågår i (\d+) minuter när medarbetaren har (\w+) igång\. Det ger \d+ × \d+ / (\d+) = \*\*(\d+) erlang\*\*.*?(\w+) medarbetare skulle räcka till (\d+) platser.*?Erlang C (\d+) platser, alltså \*\*(\d+) medarbetare\*\*",
       "ro/canale-si-personal/planificarea-personalului.md": r"vin (\d+) de conversații pe chat și că o conversație durează în medie (\d+) minute atunci când angajatul are (\w+) deschise\. Asta înseamnă \d+ × \d+ / (\d+) = \*\*(\d+) de erlangi\*\*.*?(\w+) angajați ar acoperi (\d+) de locuri.*?Erlang C dă (\d+) de locuri, adică \*\*(\d+) angajați\*\*"},
      chat_staffing)


def email_staffing(where, mails, minutes, hours, effective, agents, answered, backlog, one_in):
    expect(where, mails * minutes / 60 == hours, f"{mails:g} × {minutes:g} / 60 is not {hours:g} hours")
    expect(where, math.ceil(hours / effective) == agents, f"{hours:g} / {effective:g} rounds up to {math.ceil(hours / effective)}, text says {agents:g}")
    expect(where, backlog == answered / 2, f"a morning backlog of {backlog:g} is not half a day's {answered:g}")
    late = sum(sum(value > 480 for value in EMAIL[month]) for month in SINCE_CALLBACK)
    share = 100 * late / sum(len(EMAIL[month]) for month in SINCE_CALLBACK)
    expect(where, about(share, 100 / one_in, 1.5), f"{share:.1f} % of e-mails since May 2026 missed 480 min, text says one in {one_in:g}")


claim({"sv/kanaler-och-bemanning/bemanningsplanering.md": r"(\d+) mejl om dagen à ([\d,]+) minuter är \d+ × [\d,]+ / 60 = \*\*(\d+) timmar\*\*\. Med (\w+) effektiva timmar.*?≈ \*\*(\d+) medarbetare\*\*.*?med (\d+) besvarade mejl om dagen bör morgonkön inte vara större än omkring (\d+)\..*?bryts löftet för vart (\w+) mejl",
       "ro/canale-si-personal/planificarea-personalului.md": r"(\d+) de e-mailuri pe zi a câte ([\d,]+) minute înseamnă \d+ × [\d,]+ / 60 = \*\*(\d+) de ore\*\*\. Cu (\w+) ore efective.*?≈ \*\*(\d+) angajați\*\*.*?la (\d+) de răspunsuri pe zi, coada de dimineață n-ar trebui să depășească aproximativ (\d+) de e-mailuri.*?unul din (\w+) e-mailuri"},
      email_staffing)


def sample_size(where, small, margin, thousands, rest):
    large = thousands * 1000 + rest
    at = lambda n: 196 * math.sqrt(0.85 * 0.15 / n)  # percentage points, as in the QA chapter's table
    expect(where, round(at(small)) == margin, f"±{at(small):.1f} points at {small:g} answers, text says ±{margin:g}")
    expect(where, at(large) < 2.5, f"±{at(large):.1f} points at {large:g} answers is not enough to see a few points")


claim({"sv/matning/mata-lojalitet.md": r"Med (\d+) svar är felmarginalen för en andel omkring ±(\d+) procentenheter.*?omkring (\d+) (\d{3}) svar per period",
       "ro/masurare/masurarea-loialitatii.md": r"La (\d+) de răspunsuri, marja de eroare pentru o pondere este de aproximativ ±(\d+) puncte procentuale.*?aproximativ (\d+)\.(\d{3}) de răspunsuri pe perioadă"},
      sample_size)
claim({"sv/kvalitet-och-larande/kvalitetsgranskning.md": r"\| (100) \| 85 % ± (\d+) procentenheter \|"},
      lambda where, n, margin: expect(where, round(196 * math.sqrt(0.85 * 0.15 / n)) == margin, "the QA table's ±7 at 100"))


def survey(where):
    """The Romanian survey is the Swedish one with its questions translated: the same rows and figures."""
    def rows(name):
        with open(CONTENT / "data" / name, newline="", encoding="utf-8") as file:
            return [line[1:] for line in list(csv.reader(file, delimiter=";"))[1:]]
    swedish, romanian = rows("metrics/survey-sv.csv"), rows("metrics/survey-ro.csv")
    expect(where, swedish == romanian, "survey-ro.csv's figures differ from survey-sv.csv's")
    shares = [float(row[2].replace(",", ".")) for row in swedish]
    lowest = sorted(range(len(shares)), key=shares.__getitem__)[:2]
    expect(where, sorted(lowest) == [2, 3], "the waiting time and reaching us are not the two lowest scores")


claim({"sv/matning/nyckeltal.md": r"Väntetiden och tillgängligheten får lägst betyg",
       "ro/masurare/indicatori.md": r"Timpul de așteptare și accesibilitatea primesc notele cele mai mici"},
      survey)


for failure in failures:
    print(failure, file=sys.stderr)
if failures:
    print(f"scripts/check-content: {len(failures)} claim(s) in content/ disagree with the data", file=sys.stderr)
    sys.exit(1)
print("scripts/check-content: every claim checked holds")

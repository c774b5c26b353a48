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
WORDS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "åtta": 8, "unu": 1, "doi": 2, "trei": 3,
         "patru": 4, "cinci": 5, "opt": 8}


def fail(where, message):
    failures.append(f"{where}: {message}")


def table(name):
    with open(CONTENT / "data" / name, newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def number(text):
    text = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
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

for failure in failures:
    print(failure, file=sys.stderr)
if failures:
    print(f"scripts/check-content: {len(failures)} claim(s) in content/ disagree with the data", file=sys.stderr)
    sys.exit(1)
print("scripts/check-content: every claim checked holds")

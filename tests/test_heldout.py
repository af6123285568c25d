"""Gold sets in ``fixtures/*.gold.json`` meet their targets (entry F1, every field's accuracy over matched
entries, full-record exact match).

- ``heldout.gold.json``: hand-written documents with phrasings dev.json lacks; issue 4's targets.
- ``annotated.gold.json`` (42 documents), ``annotated2.gold.json`` (35), ``annotated3.gold.json`` (25),
  ``annotated4.gold.json`` (25: public sector, academia, associations), ``annotated5.gold.json`` (25: business
  press, press releases, noisy pages), ``annotated6.gold.json`` and ``annotated7.gold.json`` (25 each: mixed trade,
  local and association press, lists and tables), ``annotated8.gold.json`` (25 trade-media people-news pages) and
  ``annotated9.gold.json`` (25: regional business news, releases, newsletters), ``annotated10.gold.json`` (25:
  formats: bullet lists, pipe and tab tables, English titles) and ``annotated11.gold.json`` (25: local and public
  sector: "Mærkedage", municipalities, hospitals, associations), ``annotated12.gold.json`` (25 whole trade-media
  pages), ``annotated13.gold.json`` (25 press releases and company announcements), ``annotated14.gold.json`` (25:
  organisations' own news pages, newsletters, company posts) and ``annotated15.gold.json`` (25: one day's mix of
  sources), ``annotated16.gold.json`` (25: a recruiter's week of business media), ``annotated17.gold.json`` (25:
  local and public life, chatty local journalism), ``annotated18.gold.json`` (25 press releases and company
  announcements), ``annotated19.gold.json`` (25: formats: arrow and dash lists, lists under headings, aligned
  tables), ``annotated20.gold.json`` (25: one working day's mix), ``annotated21.gold.json`` (25: organisations'
  own pages and newsletters), ``annotated22.gold.json`` (25: local papers' people pages), ``annotated23.gold.json``
  (25: trade media and LinkedIn posts), ``annotated24.gold.json`` (25 whole pages where most text is no entry),
  ``annotated25.gold.json`` (25: a regional daily's week), ``annotated26.gold.json`` (25: first-hand posts,
  feeds and staff newsletters), ``annotated27.gold.json`` (25: a media monitor's inbox mix),
  ``annotated28.gold.json`` (25: the public and organised sector), ``annotated29.gold.json`` (25: business press
  and press releases), ``annotated30.gold.json`` (25: education, research, culture, church and sport),
  ``annotated31.gold.json`` (25: messy scraped and forwarded text), ``annotated32.gold.json`` (25: the health sector
  and organised labour), ``annotated33.gold.json`` (25: local business life), ``annotated34.gold.json`` (25: one
  week in every format), ``annotated35.gold.json`` (25: organisations and institutions of every size),
  ``annotated36.gold.json`` (25: news articles of regional and national media), ``annotated37.gold.json`` (25:
  member and trade publications), ``annotated38.gold.json`` (25: web pages as a monitoring service scrapes them)
  ``annotated39.gold.json`` (25: local and regional print turned into text), ``annotated40.gold.json`` (25: the
  corporate world as recruiters follow it), ``annotated41.gold.json`` (25: public life), ``annotated42.gold.json``
  (25: media, culture and sport), ``annotated43.gold.json`` (25: newspaper formats: fact boxes, CVs, captions,
  teasers), ``annotated44.gold.json`` (25: variety in names, titles and dates), ``annotated45.gold.json`` (25: one
  ordinary day), ``annotated46.gold.json`` (25: structured shapes: boxes, cards, lists, tables) and
  ``annotated47.gold.json`` (25: corporate and public appointments), ``annotated48.gold.json`` (25: a week of
  business and local news sites), ``annotated49.gold.json`` (25: structured text across sectors),
  ``annotated50.gold.json`` (25: prose stories told across sentences, successions), ``annotated51.gold.json`` (25:
  farming, shipping, energy, police, defence, courts, church, NGOs, sport; official appointment lists) and
  ``annotated52.gold.json`` (25: a random ordinary mix of one month's feed), ``annotated53.gold.json`` (25: another
  random mix), ``annotated54.gold.json`` (25: management reshuffles), ``annotated55.gold.json`` (25: elections in
  associations, councils and co-operatives, re-elections recorded), ``annotated56.gold.json`` (25: a random mix of
  the week before Christmas), ``annotated57.gold.json`` (25: press releases and company news) and
  ``annotated58.gold.json`` (25: local papers and member magazines, lists of graduates), ``annotated59.gold.json``
  (25: a random mix of mid-January), ``annotated60.gold.json`` (25: lists: staff news, graduates, boards) and
  ``annotated61.gold.json`` (25: trade-media columns and LinkedIn posts), ``annotated62.gold.json`` (25: a random
  mix of early October), ``annotated63.gold.json`` (25: retirements, departures, anniversaries, birthdays,
  obituaries, awards, degrees), ``annotated64.gold.json`` (25: clubs, parishes, schools, local shops),
  ``annotated65.gold.json`` (25: a random mix of late April), ``annotated66.gold.json`` (25: management changes
  told over several sentences), ``annotated67.gold.json`` (25: lists and minutes), ``annotated68.gold.json`` (25: a
  random mix of early June), ``annotated69.gold.json`` (25: whole trade-media pages, precision) and
  ``annotated70.gold.json`` (25: the public sector and organisations), and ``annotated71.gold.json`` to
  ``annotated83.gold.json`` (25 each, rounds twelve and thirteen: random mixes, successions, local columns, whole
  scraped pages, lists and compact formats, business press, local life, boards told in prose): written
  and annotated by separate annotators who saw neither the rules nor dev.json; regression guards at the figures
  reached, some below issue 4's targets: their known misses are listed in benchmarks/RESULTS.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from navnenyt.api import Extractor
from navnenyt.evaluation import evaluate, load_gold

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLD_SETS = sorted(FIXTURES.glob("*.gold.json"))
# (entry F1, each field's accuracy, exact match)
TARGETS = {
    "heldout.gold.json": (0.97, 0.95, 0.85),  # role 0.95: "til partnere" is "partner" (sets 18, 29, 35, 57)
    "annotated.gold.json": (0.95, 0.96, 0.85),
    "annotated2.gold.json": (0.94, 0.91, 0.72),
    "annotated3.gold.json": (0.95, 0.86, 0.72),
    "annotated4.gold.json": (0.95, 0.67, 0.48),
    "annotated5.gold.json": (0.95, 0.86, 0.67),  # field 0.90 -> 0.87: 4 more entries found (recall 0.886 -> 0.943)
    # whose organisation is named only in the page header; 0.87 -> 0.86 (date): one more entry found ("Det er den
    # 34-årige X"), and "Samtidig forlader Y ..." after it now takes X's date, where the annotator left it empty
    "annotated6.gold.json": (0.92, 0.76, 0.61),
    "annotated7.gold.json": (0.95, 0.74, 0.49),
    "annotated8.gold.json": (0.99, 0.95, 0.90),
    "annotated9.gold.json": (0.94, 0.60, 0.48),
    "annotated10.gold.json": (0.96, 0.90, 0.83),
    "annotated11.gold.json": (0.93, 0.85, 0.70),
    "annotated12.gold.json": (0.98, 0.93, 0.88),
    "annotated13.gold.json": (0.88, 0.74, 0.28),
    "annotated14.gold.json": (0.91, 0.66, 0.28),
    "annotated15.gold.json": (0.92, 0.70, 0.45),
    "annotated16.gold.json": (0.98, 0.88, 0.73),
    "annotated17.gold.json": (0.83, 0.70, 0.35),
    "annotated18.gold.json": (0.87, 0.66, 0.36),
    "annotated19.gold.json": (0.92, 0.80, 0.56),
    "annotated20.gold.json": (0.91, 0.59, 0.24),
    "annotated21.gold.json": (0.90, 0.76, 0.38),
    "annotated22.gold.json": (0.92, 0.55, 0.34),
    "annotated23.gold.json": (0.95, 0.80, 0.56),
    # set 24's F1 target 0.93 -> 0.92: "klubben har fyret cheftræner X" is now a departure (set 36's annotator
    # records the same shape, "har fritstillet cheftræner X"); set 24's annotator recorded no entry in that article
    "annotated24.gold.json": (0.92, 0.74, 0.60),
    "annotated25.gold.json": (0.89, 0.65, 0.37),
    "annotated26.gold.json": (0.85, 0.55, 0.26),
    "annotated27.gold.json": (0.91, 0.62, 0.32),
    "annotated28.gold.json": (0.87, 0.58, 0.22),
    "annotated29.gold.json": (0.93, 0.74, 0.47),
    "annotated30.gold.json": (0.91, 0.61, 0.25),
    "annotated31.gold.json": (0.92, 0.72, 0.42),
    "annotated32.gold.json": (0.95, 0.66, 0.37),
    "annotated33.gold.json": (0.85, 0.54, 0.20),
    "annotated34.gold.json": (0.93, 0.79, 0.45),
    "annotated35.gold.json": (0.89, 0.67, 0.29),
    "annotated36.gold.json": (0.96, 0.70, 0.47),
    "annotated37.gold.json": (0.92, 0.74, 0.45),
    "annotated38.gold.json": (0.93, 0.77, 0.53),
    "annotated39.gold.json": (0.91, 0.66, 0.37),
    "annotated40.gold.json": (0.94, 0.71, 0.39),
    "annotated41.gold.json": (0.91, 0.56, 0.34),
    "annotated42.gold.json": (0.95, 0.75, 0.37),
    "annotated43.gold.json": (0.90, 0.84, 0.61),
    # set 44's role target 0.84 -> 0.83: a successor found since ("Skoleleder Lars Berg ... Han afløses pr. 1. august
    # af Anne-M. Berg") takes the title as printed before the name, "Skoleleder"; the annotator wrote "skoleleder"
    "annotated44.gold.json": (0.96, 0.83, 0.59),
    "annotated45.gold.json": (0.92, 0.81, 0.55),
    "annotated46.gold.json": (0.96, 0.90, 0.65),
    "annotated47.gold.json": (0.92, 0.67, 0.35),
    "annotated48.gold.json": (0.94, 0.71, 0.42),
    "annotated49.gold.json": (0.92, 0.79, 0.52),
    "annotated50.gold.json": (0.92, 0.71, 0.41),
    "annotated51.gold.json": (0.95, 0.78, 0.54),
    "annotated52.gold.json": (0.95, 0.87, 0.54),
    "annotated53.gold.json": (0.96, 0.84, 0.68),
    "annotated54.gold.json": (0.93, 0.70, 0.42),
    "annotated55.gold.json": (0.81, 0.57, 0.15),  # F1 0.81: re-elections without a post are no records
    "annotated56.gold.json": (0.96, 0.90, 0.68),
    "annotated57.gold.json": (0.93, 0.77, 0.40),
    "annotated58.gold.json": (0.98, 0.74, 0.51),
    "annotated59.gold.json": (0.95, 0.80, 0.58),
    "annotated60.gold.json": (0.86, 0.73, 0.37),
    "annotated61.gold.json": (0.94, 0.75, 0.45),
    "annotated62.gold.json": (0.91, 0.85, 0.63),
    "annotated63.gold.json": (0.92, 0.84, 0.60),
    "annotated64.gold.json": (0.91, 0.71, 0.47),
    "annotated65.gold.json": (0.98, 0.80, 0.64),
    "annotated66.gold.json": (0.92, 0.61, 0.24),
    "annotated67.gold.json": (0.90, 0.66, 0.30),
    "annotated68.gold.json": (0.90, 0.80, 0.46),
    "annotated69.gold.json": (0.96, 0.90, 0.80),
    "annotated70.gold.json": (0.91, 0.71, 0.42),
    "annotated71.gold.json": (0.95, 0.83, 0.45),
    "annotated72.gold.json": (0.86, 0.71, 0.32),
    "annotated73.gold.json": (0.85, 0.74, 0.43),  # organisation 0.743: "Stovstrupgård ved Ansby" gives the town
    "annotated74.gold.json": (0.91, 0.77, 0.54),
    "annotated75.gold.json": (0.90, 0.79, 0.46),
    "annotated76.gold.json": (0.84, 0.71, 0.33),
    # round thirteen, two blind waves: 77-80 (random mix, business press, local life, whole scraped pages) and 81-83
    # (random mix, successions and boards told in prose, lists and compact formats)
    "annotated77.gold.json": (0.96, 0.87, 0.65),
    "annotated78.gold.json": (0.88, 0.84, 0.49),
    "annotated79.gold.json": (0.93, 0.80, 0.61),
    "annotated80.gold.json": (0.96, 0.80, 0.57),
    "annotated81.gold.json": (0.91, 0.69, 0.47),
    "annotated82.gold.json": (0.79, 0.55, 0.17),  # organisation 0.56: the employer told sentences away from the name
    "annotated83.gold.json": (0.86, 0.79, 0.30),
    # round fourteen, two blind waves: 84-87 (random mix, public sector and institutions, first-person and company
    # voice, local papers and associations) and 88-91 (random mix, formal releases and stock-exchange announcements,
    # culture, media and sports, dense briefs and columns)
    "annotated84.gold.json": (0.95, 0.76, 0.51),
    "annotated85.gold.json": (0.93, 0.71, 0.36),  # organisation 0.72: a department named where the gold has its body
    "annotated86.gold.json": (0.85, 0.80, 0.39),  # F1 0.86: feeds of short posts without "jeg" ("Første dag som R")
    "annotated87.gold.json": (0.92, 0.72, 0.45),
    "annotated88.gold.json": (0.91, 0.71, 0.43),
    "annotated89.gold.json": (0.93, 0.77, 0.46),
    "annotated90.gold.json": (0.93, 0.71, 0.31),
    "annotated91.gold.json": (0.92, 0.78, 0.52),
    # round fourteen, third wave: 92-95 (random mix, career columns of trade media, health and education, company
    # newsletters and staff magazines)
    "annotated92.gold.json": (0.93, 0.80, 0.65),
    "annotated93.gold.json": (0.91, 0.81, 0.57),
    "annotated94.gold.json": (0.95, 0.74, 0.60),
    "annotated95.gold.json": (0.90, 0.72, 0.32),  # organisation 0.73: units and departments named as the workplace
    # round fifteen, one blind wave: 96-99 (random mix, messy scraped pages, law, finance and consulting firms,
    # cooperatives, unions and associations electing their boards)
    "annotated96.gold.json": (0.94, 0.81, 0.56),
    "annotated97.gold.json": (0.91, 0.77, 0.54),
    "annotated98.gold.json": (0.93, 0.71, 0.46),  # organisation 0.72: a firm's short name where the release gives both
    "annotated99.gold.json": (0.84, 0.47, 0.23),  # organisation 0.48: the electing body, named sentences away
    # round fifteen, second wave: 100, 102, 103 (random mix, CMS exports with their HTML markup, Mærkedage and
    # long-service lists); set 101 (board elections) stays out until its shapes are read
    "annotated100.gold.json": (0.95, 0.78, 0.55),
    "annotated102.gold.json": (0.91, 0.80, 0.63),
    "annotated103.gold.json": (0.92, 0.67, 0.44),  # organisation 0.68: a department where the gold has the hospital
    # round sixteen, two blind waves: 104-107 (random mix, small businesses and trades, tech and international firms,
    # defence, police, church, courts and foreign service) and 108, 110 (random mix, structured layouts); sets 101
    # (board elections), 109 (news articles with many other people named) and 111 (local weeklies) stay out
    "annotated104.gold.json": (0.98, 0.76, 0.64),
    # organisation 0.54: a shop or farm named only in the headline (round 21 finds two more entries: first names)
    "annotated105.gold.json": (0.92, 0.53, 0.30),
    "annotated106.gold.json": (0.95, 0.76, 0.53),
    "annotated107.gold.json": (0.91, 0.72, 0.51),  # organisation 0.73: "Danmarks ambassade i Bern", units and courts
    "annotated108.gold.json": (0.98, 0.78, 0.63),
    "annotated110.gold.json": (0.91, 0.84, 0.66),
    # round seventeen: sets 101, 109 and 111 (read this round), and one blind wave, 112-115 (random mix, the public
    # sector, finance, law, audit and consulting, sport, culture and media). Set 111's six golden-wedding entries
    # are left out of its fixture: weddings are not recorded (README conventions; sets 112 and 114 agree)
    "annotated101.gold.json": (0.90, 0.58, 0.28),  # organisation 0.58: a board's owner named only in a page header
    "annotated109.gold.json": (0.86, 0.57, 0.39),  # news articles naming many other people
    "annotated111.gold.json": (0.93, 0.74, 0.55),
    "annotated112.gold.json": (0.93, 0.76, 0.49),
    "annotated113.gold.json": (0.94, 0.67, 0.38),
    "annotated114.gold.json": (0.92, 0.73, 0.44),
    "annotated115.gold.json": (0.95, 0.57, 0.30),  # organisation 0.58: the club or theatre named only in a headline
    # round seventeen, second wave, scored blind on the round's code before any fix: 116-119 (random mix,
    # successions told across sentences, associations' general meetings and board elections, compact trade formats)
    "annotated116.gold.json": (0.93, 0.92, 0.71),
    "annotated117.gold.json": (0.94, 0.74, 0.50),
    "annotated118.gold.json": (0.86, 0.61, 0.32),  # meeting minutes: constitutions, substitutes, honorary members
    "annotated119.gold.json": (0.99, 0.66, 0.55),  # F1 0.966 blind; the rows of "Butik | Butikschef" tables found
    # since then lack the chain's name (organisation 0.70 -> 0.66)
    # round eighteen: one blind wave, 120-123 (random mix, whole scraped pages, first-person and company-voice posts,
    # universities, research, schools and education), scored blind on the round's code before it was read
    "annotated120.gold.json": (0.97, 0.86, 0.71),
    "annotated121.gold.json": (0.95, 0.75, 0.63),
    "annotated122.gold.json": (0.92, 0.74, 0.52),  # posts' comments in the first person; first names alone
    "annotated123.gold.json": (0.96, 0.73, 0.48),  # organisation 0.74: a university's institutes and faculties
    # round eighteen, second wave, scored blind on 536a8de (after the round's fixes): 124-127 (random mix, local papers'
    # people columns, formal press releases and stock-exchange announcements, successions in news prose)
    "annotated124.gold.json": (0.98, 0.83, 0.67),
    "annotated125.gold.json": (0.94, 0.85, 0.66),
    "annotated126.gold.json": (0.93, 0.83, 0.61),
    "annotated127.gold.json": (0.87, 0.61, 0.32),  # news prose: acting heads, people quoted with titles, old news
    # round nineteen: one blind wave, 128-131 (random mix, the public sector, sport, culture and media, small
    # businesses and the professions), scored blind on the round's first fixes (made from the older gold sets only)
    "annotated128.gold.json": (0.96, 0.85, 0.69),
    "annotated129.gold.json": (0.96, 0.79, 0.49),  # date 0.79: a council's or intranet's list dated by its intro
    "annotated130.gold.json": (0.93, 0.69, 0.43),  # organisation 0.69: the club or orchestra told in the headline
    "annotated131.gold.json": (0.92, 0.66, 0.42),  # organisation 0.67: the shop or practice named outside the entry
    # round twenty: two blind waves. 132-135 (random mix, whole scraped pages, finance, law and consulting, health,
    # schools and universities), scored blind on the start code; 136-139 (random mix, sport, culture, churches and
    # associations, industry, construction and retail, IT and startups), scored blind after the fixes read from 132-135
    "annotated132.gold.json": (0.96, 0.88, 0.75),
    "annotated133.gold.json": (0.98, 0.94, 0.79),
    "annotated134.gold.json": (0.98, 0.82, 0.65),  # organisation 0.82: an issuer told only as "vores medarbejdere"
    "annotated135.gold.json": (0.97, 0.82, 0.67),
    "annotated136.gold.json": (0.96, 0.87, 0.76),
    "annotated137.gold.json": (0.96, 0.70, 0.36),  # organisation 0.71: parishes, parish councils and church papers
    "annotated138.gold.json": (0.98, 0.82, 0.66),
    "annotated139.gold.json": (0.95, 0.87, 0.60),
    # round twenty, third wave, scored blind on 9f14715 (the round's fixes from 132-139): 140-143 (random mix, whole
    # scraped pages, the public sector, private companies of every size)
    "annotated140.gold.json": (
        0.96,
        0.88,
        0.68,
    ),  # (round 24: two more jubilee items found, without the newsletter's organisation)
    "annotated141.gold.json": (0.96, 0.87, 0.73),
    "annotated142.gold.json": (0.95, 0.81, 0.58),  # date 0.81: a meeting's date for lists of board members
    "annotated143.gold.json": (0.92, 0.83, 0.57),  # organisation 0.83
    "annotated144.gold.json": (0.99, 0.85, 0.69),  # date 0.855 (round 21, wave one: random mix)
    "annotated145.gold.json": (0.99, 0.95, 0.87),  # organisation 0.957 (local pages)
    "annotated146.gold.json": (0.99, 0.83, 0.71),  # organisation 0.839 (trade press)
    "annotated147.gold.json": (0.97, 0.82, 0.66),  # organisation 0.830 (press releases, posts)
    "annotated148.gold.json": (0.98, 0.83, 0.73),  # organisation 0.836 (round 21, wave two: random mix)
    "annotated149.gold.json": (1.00, 0.88, 0.79),  # organisation 0.882 (business media pages)
    "annotated150.gold.json": (0.96, 0.75, 0.48),  # organisation 0.750 (associations, churches)
    "annotated151.gold.json": (0.97, 0.66, 0.49),  # organisation 0.662 (public sector)
    "annotated152.gold.json": (0.97, 0.84, 0.67),  # organisation 0.847 (round 21, wave three: random mix)
    "annotated153.gold.json": (0.95, 0.76, 0.47),  # organisation 0.761 (local newspaper pages)
    "annotated154.gold.json": (0.97, 0.77, 0.64),  # organisation 0.772 (finance, law)
    "annotated155.gold.json": (0.97, 0.85, 0.69),  # organisation 0.859 (education, health)
    "annotated156.gold.json": (0.98, 0.89, 0.69),  # role 0.893 (round 21, wave four: random mix)
    "annotated157.gold.json": (0.99, 0.90, 0.74),  # organisation 0.909 (pages where people-news is a small part)
    "annotated158.gold.json": (0.97, 0.85, 0.68),  # organisation 0.860 (retail, trades, transport, family firms)
    "annotated159.gold.json": (0.99, 0.92, 0.83),  # organisation 0.926 (IT, media, energy; English titles)
    "annotated160.gold.json": (0.97, 0.86, 0.62),  # organisation 0.868 (round 21, wave five: random mix)
    # organisation 0.861 (whole scraped pages): round 27 finds a retirement with a quote after it ("Efter 38 år som
    # postbud i Fjordby går X på pension ...": F1 0.97 -> 1.00), its town read as the employer
    "annotated161.gold.json": (0.98, 0.86, 0.73),
    # organisation 0.486: minutes and newsletters of associations name the association only in their heading
    "annotated162.gold.json": (0.91, 0.48, 0.27),
    "annotated163.gold.json": (0.95, 0.87, 0.66),  # organisation 0.873 (posts, company pages, press releases)
    # round 22 (blind waves 164-179; each target is the set's figure at the round's end, rounded down)
    "annotated164.gold.json": (0.99, 0.91, 0.82),  # organisation 0.911 (random mix)
    "annotated165.gold.json": (0.96, 0.77, 0.57),  # organisation 0.770 (birthdays, anniversaries, retirements, deaths)
    "annotated166.gold.json": (0.96, 0.84, 0.56),  # date 0.841 (stock-exchange announcements, state appointments)
    "annotated167.gold.json": (1.00, 0.82, 0.66),  # organisation 0.827 (text from PDFs and e-mail newsletters)
    "annotated168.gold.json": (1.00, 0.92, 0.80),  # date 0.927 (random mix)
    "annotated169.gold.json": (0.94, 0.73, 0.49),  # organisation 0.732 (sports clubs, culture, churches)
    "annotated170.gold.json": (0.94, 0.94, 0.75),  # role 0.947 (telegraphic briefs and one-line lists)
    "annotated171.gold.json": (0.93, 0.74, 0.32),  # organisation 0.747 (politics and public administration)
    "annotated172.gold.json": (1.00, 0.91, 0.85),  # organisation 0.911 (random mix)
    "annotated173.gold.json": (0.97, 0.85, 0.59),  # role 0.857 (personalia of professional and union magazines)
    # organisation 0.695: club and association sites that name the organisation only in their page header
    "annotated174.gold.json": (0.94, 0.69, 0.36),
    "annotated175.gold.json": (0.95, 0.86, 0.63),  # role 0.864 (regional business news, successions)
    "annotated176.gold.json": (1.00, 0.92, 0.85),  # role 0.929 (random mix)
    "annotated177.gold.json": (0.96, 0.69, 0.42),  # organisation 0.697 (unions, cooperatives, housing associations)
    "annotated178.gold.json": (0.95, 0.80, 0.52),  # organisation 0.808 (English titles, mixed Danish-English)
    # label 0.610: this set records "Fødselsdag", "Pension" and "Dødsfald" as labels, which SCHEMA.md convention 9
    # leaves out (labels.yaml `recorded: false`)
    "annotated179.gold.json": (0.98, 0.60, 0.44),
    # round twenty-three: three blind waves. 180-183 (random mix, organisations named outside the notice's sentence,
    # municipal politics, hospitals and universities) and 184-187 (random mix, company sites with the name in header
    # or footer, regional business articles, hospital and university units), each scored blind before a fix read
    # from it; 188-191 (random mix, press releases, staff newsletters, career pages with profile cards) scored blind
    # on the fixes read from 180-187
    "annotated180.gold.json": (0.99, 0.81, 0.68),
    "annotated181.gold.json": (0.98, 0.60, 0.36),  # organisation 0.60: told in a later sentence or an about box
    "annotated182.gold.json": (0.91, 0.79, 0.50),  # role 0.79: elected posts the gold records as "other" (round 25:
    # "Første suppleant X indtræder i byrådet" now reads the title before the name, which that gold leaves out)
    "annotated183.gold.json": (0.95, 0.79, 0.44),
    "annotated184.gold.json": (0.98, 0.91, 0.85),
    "annotated185.gold.json": (0.93, 0.71, 0.34),  # role 0.72: departments and rotas named as titles
    "annotated186.gold.json": (0.99, 0.87, 0.80),
    "annotated187.gold.json": (0.96, 0.80, 0.51),
    "annotated188.gold.json": (0.96, 0.80, 0.68),
    "annotated189.gold.json": (0.96, 0.82, 0.59),
    "annotated190.gold.json": (0.95, 0.82, 0.60),
    "annotated191.gold.json": (0.98, 0.92, 0.77),
    # 192-195 (random mix, whole local news pages, press releases and newsletters, the public sector and
    # associations), scored blind on the fixes read from 180-191
    "annotated192.gold.json": (0.99, 0.91, 0.81),
    "annotated193.gold.json": (0.96, 0.80, 0.65),
    "annotated194.gold.json": (0.97, 0.81, 0.63),
    "annotated195.gold.json": (0.98, 0.87, 0.71),
    # 196-199 (two random mixes, organisations' own sites and newsletters, trade press), scored blind on the final
    # code of the round before the last fixes (signatures, "Emne: Nyt fra O", a menu after three spaces)
    "annotated196.gold.json": (1.00, 0.88, 0.80),
    "annotated197.gold.json": (0.98, 0.85, 0.81),
    "annotated198.gold.json": (0.97, 0.85, 0.64),
    "annotated199.gold.json": (0.95, 0.88, 0.70),
    # round twenty-four: dates told outside the notice's sentence. 200-203 (random mix, articles with later-told
    # dates, ceremonies, releases and intranets) scored blind on the start code 47f84ff; 204-207 on the fixes read
    # from 200-203; 208-211 on 9e98d11; 212-215 on 6e9f169 (213 on a570b81)
    "annotated200.gold.json": (1.00, 0.91, 0.81),
    "annotated201.gold.json": (0.94, 0.80, 0.54),
    "annotated202.gold.json": (0.87, 0.82, 0.43),
    "annotated203.gold.json": (
        0.94,
        0.72,
        0.55,
    ),  # organisation 0.73: a unit or a short name where the gold has the employer
    "annotated204.gold.json": (0.95, 0.86, 0.71),
    "annotated205.gold.json": (0.95, 0.81, 0.49),
    "annotated206.gold.json": (0.84, 0.68, 0.31),  # F1 0.85: lists under prose intros ("Avisen ønsker tillykke til:")
    "annotated207.gold.json": (0.96, 0.75, 0.48),
    "annotated208.gold.json": (0.97, 0.90, 0.78),
    "annotated209.gold.json": (0.94, 0.84, 0.54),
    "annotated210.gold.json": (0.89, 0.66, 0.21),  # date 0.67: "samme dag", a ceremony's day inside a notice
    "annotated211.gold.json": (0.90, 0.80, 0.46),
    "annotated212.gold.json": (0.96, 1.00, 0.93),
    "annotated213.gold.json": (0.91, 0.77, 0.47),
    "annotated214.gold.json": (0.94, 0.72, 0.34),
    "annotated215.gold.json": (0.97, 0.77, 0.52),
    # round twenty-five: organisations, roles and lists. 216-219 (random mix, internal promotions, trade-press titles,
    # public sector) scored blind on the start code 694516f; 220-223 (random mix, bulleted lists, headline notices,
    # board elections) on b726d67, the fixes read from 216-219
    "annotated216.gold.json": (0.96, 0.90, 0.76),
    "annotated217.gold.json": (0.98, 0.85, 0.60),
    "annotated218.gold.json": (0.98, 0.73, 0.58),  # role 0.73: English titles with a unit after a comma
    "annotated219.gold.json": (0.95, 0.73, 0.38),  # role and organisation: departments kept in the role
    "annotated220.gold.json": (0.97, 0.82, 0.62),
    "annotated221.gold.json": (0.94, 0.75, 0.43),
    "annotated222.gold.json": (0.97, 0.77, 0.43),
    "annotated223.gold.json": (0.94, 0.78, 0.55),
    # 224-227 (random mix twice, newsletters and tables, board elections and successions) scored blind on the final
    # extraction code of the round (226 on a41c24f, before the fix its 'Institution' column gave)
    "annotated224.gold.json": (0.95, 0.92, 0.73),
    "annotated225.gold.json": (0.99, 0.96, 0.88),
    "annotated226.gold.json": (0.95, 0.86, 0.57),
    "annotated227.gold.json": (0.95, 0.82, 0.61),
    # round twenty-six: departures, awards, previous posts, lists with background sentences, the public sector.
    # 228-231 scored blind on the start code ee77fa0, 232-235 on 9ef67d6 (wave one's fixes), 236-239 on dce9b0f
    "annotated228.gold.json": (0.98, 0.87, 0.66),
    "annotated229.gold.json": (0.92, 0.84, 0.52),
    "annotated230.gold.json": (0.97, 0.91, 0.77),
    "annotated231.gold.json": (0.97, 0.92, 0.73),
    "annotated232.gold.json": (0.95, 0.83, 0.65),
    "annotated233.gold.json": (0.96, 0.78, 0.50),  # role 0.79: one annotator's "fhv." titles as previous roles
    "annotated234.gold.json": (0.97, 0.95, 0.88),
    "annotated235.gold.json": (0.99, 0.96, 0.90),
    "annotated236.gold.json": (0.94, 0.71, 0.43),  # date 0.72: a ceremony's day told without its word
    "annotated237.gold.json": (0.92, 0.72, 0.42),  # organisation 0.72: units ("Renseanlæg Syd") as employers
    "annotated238.gold.json": (0.97, 0.91, 0.79),
    "annotated239.gold.json": (0.94, 0.76, 0.46),  # organisation 0.77: departments, councils and committees
    # round 27: second pieces of news, promotions, departures, organisations written many ways, intranets, awards,
    # education, successions. 240-243 scored blind on the start code df3a54b; 244-247 on wave one's fixes and
    # 248-251 on waves one and two's (the working tree before 4ac8114); 252-255 on e0a103f
    "annotated240.gold.json": (0.92, 0.82, 0.54),  # organisation 0.826
    "annotated241.gold.json": (0.98, 0.92, 0.78),  # kind 0.929
    "annotated242.gold.json": (0.99, 0.75, 0.55),  # organisation 0.754
    "annotated243.gold.json": (0.98, 0.92, 0.76),  # label 0.921
    "annotated244.gold.json": (0.92, 0.82, 0.54),  # role 0.821
    "annotated245.gold.json": (0.95, 0.76, 0.42),  # organisation 0.762
    "annotated246.gold.json": (0.96, 0.84, 0.62),  # organisation 0.848
    "annotated247.gold.json": (0.97, 0.90, 0.72),  # role 0.904
    "annotated248.gold.json": (0.98, 0.86, 0.68),  # role 0.864
    "annotated249.gold.json": (0.89, 0.75, 0.39),  # date 0.750
    "annotated250.gold.json": (0.99, 0.75, 0.45),  # organisation 0.755
    "annotated251.gold.json": (0.95, 0.85, 0.66),  # role 0.850
    "annotated252.gold.json": (0.97, 0.90, 0.79),  # previous_organisation 0.909
    "annotated253.gold.json": (0.95, 0.89, 0.70),  # organisation 0.895
    "annotated254.gold.json": (0.91, 0.86, 0.49),  # organisation 0.863
    "annotated255.gold.json": (0.94, 0.87, 0.68),  # role 0.875
    # round 28 (sets 256-271, four blind waves): 256-263 scored blind on 5270582 and 35f6c1c's working tree, 264-267
    # on 35f6c1c, 268-271 on b9a363e; the targets are the final code's figures, floored
    "annotated256.gold.json": (0.98, 0.90, 0.74),  # date 0.908
    "annotated257.gold.json": (0.94, 0.71, 0.52),  # role 0.712
    "annotated258.gold.json": (0.96, 0.65, 0.57),  # organisation 0.655
    "annotated259.gold.json": (0.98, 0.90, 0.84),  # organisation 0.908
    "annotated260.gold.json": (0.89, 0.87, 0.65),  # role 0.879
    "annotated261.gold.json": (0.97, 0.76, 0.51),  # organisation 0.760
    "annotated262.gold.json": (0.98, 0.86, 0.67),  # previous_role 0.870
    "annotated263.gold.json": (0.94, 0.71, 0.37),  # organisation 0.714
    "annotated264.gold.json": (0.98, 0.91, 0.70),  # organisation 0.913
    "annotated265.gold.json": (0.97, 0.85, 0.70),  # date 0.850
    "annotated266.gold.json": (0.94, 0.76, 0.47),  # organisation 0.769
    "annotated267.gold.json": (0.96, 0.90, 0.68),  # organisation 0.903
    "annotated268.gold.json": (0.96, 0.81, 0.61),  # organisation 0.812
    "annotated269.gold.json": (0.96, 0.69, 0.36),  # organisation 0.690
    "annotated270.gold.json": (0.90, 0.83, 0.56),  # previous_role 0.838
    "annotated271.gold.json": (0.95, 0.80, 0.62),  # organisation 0.804
    # round 28, wave five (sets 272-275), scored blind on 82e530c
    "annotated272.gold.json": (0.94, 0.90, 0.65),  # previous_role 0.900
    "annotated273.gold.json": (0.92, 0.81, 0.46),  # organisation 0.811
    "annotated274.gold.json": (0.94, 0.80, 0.64),  # organisation 0.804
    "annotated275.gold.json": (0.97, 0.93, 0.84),  # date 0.935
}


@pytest.mark.parametrize("path", GOLD_SETS, ids=[p.name for p in GOLD_SETS])
def test_gold_set_meets_targets(path: Path, extractor: Extractor) -> None:
    f1, field, exact = TARGETS[path.name]
    report = evaluate(load_gold(path), lambda text, published: extractor.extract(text, published=published))
    assert report.f1 >= f1, report.to_dict(max_errors=20)
    for name in report.field_correct:
        accuracy = report.field_accuracy(name)
        assert accuracy is None or accuracy >= field, (name, report.to_dict(max_errors=20))
    assert report.exact_match >= exact


def test_every_gold_set_has_targets() -> None:
    assert GOLD_SETS and {p.name for p in GOLD_SETS} <= set(TARGETS)

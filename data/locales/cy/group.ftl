# Cymraeg: busnes y grŵp: cyfarfodydd, sefydlu, gosodiadau, rheoli'r cwestiwn wythnosol a'r
# ffigurau i hwyluswyr. Every message in en/group.ftl, with the same variables; "ti" throughout.
# Dates as people type them for /meetup are read in English ("next Tuesday 7pm"), so the examples
# stay English. Needs a review by a first-language speaker (see the README).

## Meetups: suggesting one

meetup-help = Er enghraifft: /meetup next Tuesday 7pm | Paned a sgwrs | Caffi'r Fforwm
meetup-when-missing = Pryd mae e?
meetup-unreadable = Doeddwn i ddim yn gallu darllen "{ $typed }" fel dyddiad ac amser. Rho gynnig ar rywbeth fel "next Tuesday 7pm" neu "3 Dec 19:00".
meetup-add-time = Ychwanega amser, fel "{ $day } 7pm".
meetup-no-such-date = Dydy'r dyddiad yna ddim yn bodoli, mae'n debyg.
meetup-passed = Mae { $at } wedi mynd heibio yn barod. Dewisa amser sydd eto i ddod, fel "next Tuesday 7pm".
meetup-too-far = Mae hynny fwy na blwyddyn i ffwrdd. Dewisa ddyddiad o fewn y flwyddyn nesaf.
meetup-what-time = Faint o'r gloch, { $day }?
meetup-what-time-on = Faint o'r gloch ar { $day }?
meetup-time-example = Er enghraifft 10am neu 7pm.
meetup-needs-all = Mae cyfarfod angen amser, teitl a lle, wedi'u gwahanu gan |.
meetup-title-long = Cadwa'r teitl o dan 100 nod, os gweli di'n dda.
meetup-place-long = Cadwa'r lle o dan 200 nod, os gweli di'n dda.
meetup-form-title = Awgrymu cyfarfod
meetup-form-when = Pryd (e.e. next Tuesday 7pm)
meetup-form-what = Beth yw e (e.e. Paned a sgwrs)
meetup-form-where = Ble
meetup-plan = Beth am drefnu cyfarfod? Dwed wrtha i pryd, beth a ble.
meetup-nearly = Bron yna: { $title } yn { $place }.
meetup-read-back = Dyma beth ddarllenais i: { $meetup } (amser { $zone }). Ga i ei bostio i'r grŵp?
meetup-confirm = Cadarnhau a phostio
meetup-cancel = Canslo
meetup-nothing-posted = Dim problem, chafodd dim byd ei bostio.
meetup-not-waiting = Dydy'r awgrym yna ddim yn aros bellach. Gelli di ddechrau eto gyda /meetup.
meetup-already-on = Mae'r cyfarfod yna wedi'i drefnu yn barod: mae /meetups yn ei ddangos.
meetup-passed-waiting = Mae'r amser wedi mynd heibio tra oedd yr awgrym yn aros. Anfona /meetup eto gydag amser newydd, os gweli di'n dda.
meetup-posted = Mae wedi'i bostio, ac rwyt ti ar y rhestr fel un sy'n dod.
meetup-posted-reminders = Bydd pawb sy'n dweud ie neu efallai yn cael nodyn i'w atgoffa { $ahead ->
    [day] y diwrnod cynt ac awr cyn dechrau
   *[hour] awr cyn dechrau
}.

## Meetups: the group's post and the answers

meetup-line = { $title }: { $at } yn { $place }
meetup-post = 📅 Mae { $name } yn awgrymu cyfarfod: { $meetup }. Wyt ti'n dod?
meetup-yes = Ydw
meetup-maybe = Efallai
meetup-no = Nac ydw
meetups-not-on = Dydy'r cyfarfod yna ddim ymlaen bellach. Mae /meetups yn dangos beth sydd i ddod.
meetups-not-on-short = Dydy'r cyfarfod yna ddim ymlaen bellach.
meetups-started = Mae'r cyfarfod yna wedi dechrau yn barod, felly does dim i'w ateb. Mae /meetups yn dangos beth sydd i ddod.
meetups-yes-reply = Hyfryd: rwyt ti'n dod i { $title } ar { $at }.
meetups-remind-you = Bydda i'n dy atgoffa { $ahead ->
    [day] y diwrnod cynt ac awr cyn dechrau
   *[hour] awr cyn dechrau
}.
meetups-see-you = Wela i di yno!
meetups-maybe-reply = Iawn, efallai i { $title } ar { $at }.
meetups-maybe-reminder = Bydda i'n anfon nodyn i dy atgoffa; dim pwysau.
meetups-no-pressure = Dim pwysau.
meetups-no-reply = Iawn: dwyt ti ddim yn gallu dod i { $title }. Tro nesaf, efallai! Gelli di newid dy ateb yn /meetups.
meetups-old-button = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach. Anfona /meetups i fwrw ymlaen.

## Meetups: the list

meetups-none = Does dim cyfarfodydd i ddod. Awgryma un gyda /meetup, fel hyn: /meetup next Tuesday 7pm | Paned | Caffi'r Fforwm
meetups-coming-up = **I ddod**
meetups-item = { $n }. { $meetup }. Yn dod: { $yes }, efallai: { $maybe }.
meetups-you-said = Dy ateb di: { $answer ->
    [yes] ydw
    [maybe] efallai
   *[no] nac ydw
}.
meetups-yes-label = Ydw: { $meetup }
meetups-maybe-label = Efallai: { $meetup }
meetups-no-label = Nac ydw: { $meetup }
meetups-call-off-label = Canslo: { $meetup }
meetups-tap = Tapia i ddweud a wyt ti'n dod; gelli di newid dy ateb unrhyw bryd.

## Meetups: calling one off

meetups-only-suggester = Dim ond y person a awgrymodd gyfarfod, neu hwylusydd, sy'n gallu ei ganslo.
meetups-call-off-ask = Canslo { $title } ar { $at }? Bydd pawb a atebodd yn cael gwybod yn breifat, a bydd y neges yn y grŵp yn dweud nad yw'n digwydd.
meetups-call-off-yes = Ie, canslo
meetups-keep-label = Cadw fe ymlaen
meetups-kept = Iawn: mae'r cyfarfod yn dal ymlaen, a chafodd neb wybod dim.
meetups-called-off = Wedi canslo: { $title }. { $told ->
    [0] Doedd neb arall wedi ateb eto
    [one] Dw i'n rhoi gwybod i'r un person a atebodd
    [two] Dw i'n rhoi gwybod i'r ddau berson a atebodd
   *[other] Dw i'n rhoi gwybod i'r { $told } o bobl a atebodd
}, ac mae'r neges yn y grŵp nawr yn dweud nad yw'n digwydd.
meetups-off-by-suggester = Mae { $name }, a'i awgrymodd, wedi canslo { $title } ar { $at }. Mae'n ddrwg gen i am y newid. Mae /meetups yn dangos beth arall sydd i ddod.
meetups-off-by-facilitator = Mae { $name }, un o'r hwyluswyr, wedi canslo { $title } ar { $at }. Mae'n ddrwg gen i am y newid. Mae /meetups yn dangos beth arall sydd i ddod.
meetups-off-post = 📅 **Wedi canslo**: { $meetup }. Mae pawb a atebodd wedi cael gwybod. Mae /meetups yn dangos beth arall sydd i ddod.

## Meetups: reminders

meetups-reminder-soon = Yn dechrau cyn bo hir: { $title } yn { $place }, { $at }.
meetups-reminder-day = Nodyn i dy atgoffa gan { $group }: mae { $title } ar { $at }, yn { $place }.
meetups-reminder-maybe = Dim pwysau: dwedaist ti efallai, ac mae hynny'n iawn.
meetups-reminder-change = Os yw dy gynlluniau wedi newid, tapia isod.
meetups-coming-label = Dw i'n dod
meetups-cant-label = Dw i ddim yn gallu dod

## Setting up (/setup): said to the facilitator in their words, since a new group has no language yet

setup-help = Er enghraifft: /setup Europe/London sunday 19:00 Rhieni Dydd Mawrth
setup-for-example = Er enghraifft: { $example }
setup-zone-hint = Dw i ddim yn nabod y gylchfa amser { $typed }. Mae cylchfaoedd amser yn edrych fel Europe/London, America/New_York neu Australia/Sydney (mae'r rhestr yn https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).
setup-day-problem = Dw i ddim yn nabod { $typed } fel diwrnod. Rho gynnig ar ddiwrnod fel sunday, dydd Sul neu Sul.
setup-time-problem = Dw i ddim yn nabod { $typed } fel amser. Rho gynnig ar 19:00, 7pm neu 7:30 pm.
setup-what-time-on = { $part ->
    [morning] Faint o'r gloch fore { $day }?
    [afternoon] Faint o'r gloch brynhawn { $day }?
    [evening] Faint o'r gloch nos { $day }?
    [night] Faint o'r gloch nos { $day }?
   *[none] Faint o'r gloch ar { $day }?
}
setup-needs-all = I sefydlu'r grŵp, dw i angen cylchfa amser, diwrnod ac amser.
setup-name-long = Mae enw'r grŵp braidd yn hir: cadwa fe o dan 100 nod, os gweli di'n dda.
setup-default-name = Ein grŵp
setup-form-title = Sefydlu'r grŵp
setup-form-zone = Cylchfa amser (e.e. Europe/London)
setup-form-day = Diwrnod y gair wythnosol (e.e. dydd Sul)
setup-form-time = Amser y gair wythnosol (e.e. 19:00 neu 7pm)
setup-form-name = Enw'r grŵp (os hoffet ti)
setup-ask = Beth am sefydlu'r grŵp hwn? Dwed wrtha i'r gylchfa amser, y diwrnod a'r amser ar gyfer y gair wythnosol, ac enw os hoffet ti.
setup-welcome = Croeso, { $group }! Mae'r grŵp hwn wedi'i sefydlu.
setup-updated = Wedi newid: { $group }.
setup-weekly = Gair bach wythnosol: { $day } am { $time } ({ $zone }). Mae'r nesaf ar { $next }.
setup-helplines = Llinellau cymorth ar gyfer /support: { $region }. Gall hwylusydd newid hyn gyda /settings region.
setup-join-now = Gall pawb anfon /join nawr i ddarllen cytundeb y grŵp ac ymuno. Hwyluswyr: mae /agreement set yn newid y cytundeb, ac mae /settings yn dangos y gweddill.

## A new check-in day, time or zone

setup-rhythm = bob { $day } am { $time }
setup-zone-time = (amser { $zone })
setup-moved = Mae'r gair bach wythnosol wedi symud: o hyn ymlaen bydd yn dod { $now }{ $zone }, yn lle { $before }.
setup-week-paused = Mae'r cwestiynau wythnosol wedi'u rhewi, felly ddaw dim un nes /prompt resume; wedyn byddan nhw'n dod { $rhythm }.
setup-week-gone-out = Mae gair yr wythnos hon wedi mynd yn barod, felly does dim yn newid yr wythnos hon. Mae'r un cyntaf ar yr amser newydd ar { $next }.
setup-week-skipped = Cafodd gair yr wythnos hon ei hepgor yn barod, felly mae'r un cyntaf ar yr amser newydd ar { $next }.
setup-week-new-time = Bydd gair yr wythnos hon yn dod ar yr amser newydd, ar { $at }.
setup-week-soon = Roedd yr amser newydd yn gynharach heddiw, felly bydd gair yr wythnos hon yn mynd allan o fewn munud neu ddwy.
setup-week-passed = Mae'r diwrnod a'r amser newydd wedi mynd heibio yr wythnos hon, felly fydd dim cwestiwn wythnosol tan { $next }. Os hoffet ti un yr wythnos hon, tapia isod neu anfona /prompt now.

## Settings (/settings)

settings-x-title = Gosodiadau { $group }:
settings-x-change-one = Newidia un gyda /settings set <key> <value>, er enghraifft /settings set time 19:30
settings-x-about-name = enw'r grŵp
settings-x-about-timezone = y gylchfa amser mae popeth yn ei dilyn
settings-x-about-day = diwrnod y gair wythnosol
settings-x-about-time = amser y gair wythnosol
settings-x-about-absence = wythnosau o dawelwch cyn neges fach garedig (1 i 12)
settings-x-about-pairing = pa mor aml mae ffrindiau'n cael eu paru, mewn wythnosau (1 i 8)
settings-x-about-keep = am faint mae atebion a'u nodiadau'n cael eu cadw cyn eu dileu ({ $min } i { $max } mis)
settings-x-about-region = ble mae /support yn pwyntio ({ $countries }, neu international; i'r DU hefyd wlad: GB wales)
settings-x-about-tally = beth mae'r cwestiwn wythnosol yn ei ddangos: count (faint sydd wedi ateb) neu names (byth neb a atebodd yn breifat)
settings-x-about-audience = i bwy mae'r grŵp: adults, young people neu everyone (mae /support yn rhestru eu llinellau nhw gyntaf)
settings-x-about-language = yr iaith mae'r bot yn ei siarad gyda'r grŵp (en, cy neu pl); gall pob aelod ddewis ei iaith ei hun gyda /language
settings-x-about-role = rôl Discord sy'n cyfrif fel hwylusydd (neu "none")
settings-x-notes-row = { $on } (rwyt ti'n cael gair preifat pan fydd rhywun wedi bod yn dawel ers tro)
settings-x-prompt-row = { $paused ->
    [paused] wedi'i rewi
   *[running] yn rhedeg
} (defnyddia /prompt pause neu /prompt resume)
settings-x-weeks = { $count ->
    [one] { $count } wythnos
    [two] { $count } wythnos
   *[other] { $count } wythnos
}
settings-x-every-weeks = { $count ->
    [one] bob wythnos
    [two] bob { $count } wythnos
   *[other] bob { $count } wythnos
}
settings-x-months = { $count ->
    [one] { $count } mis
    [two] { $count } fis
   *[other] { $count } mis
}
settings-x-none = dim
settings-x-bad-name = Mae enw grŵp angen rhwng 1 a 100 nod, fel hyn: /settings name Rhieni Dydd Mawrth
settings-x-bad-day = Dw i ddim yn nabod { $typed } fel diwrnod. Er enghraifft: /settings day sunday
settings-x-bad-time = Dw i ddim yn nabod { $typed } fel amser. Er enghraifft: /settings time 19:00
settings-x-bad-absence = Nifer o wythnosau rhwng 1 a 12 yw'r gosodiad absence. Er enghraifft: /settings absence 2
settings-x-bad-pairing = Mae paru'n digwydd bob 1 i 8 wythnos. Er enghraifft: /settings pairing 2
settings-x-bad-keep = Gellir cadw atebion am { $min } i { $max } mis; ar ôl hynny, maen nhw a'u nodiadau'n cael eu dileu. Er enghraifft: /settings keep 12
settings-x-bad-region = Rhanbarthau sydd â llinellau cymorth gen i: { $countries }, neu international i unrhyw le arall. Er enghraifft: /settings region GB
settings-x-bad-nation = Dim ond i GB mae modd gosod gwlad: england, scotland, wales neu northern ireland. Er enghraifft: /settings region GB wales
settings-x-bad-tally = Mae'r cyfrif naill ai'n count (faint sydd wedi ateb) neu'n names. Er enghraifft: /settings tally count
settings-x-bad-audience = I bwy mae'r grŵp: adults, young people neu everyone? Er enghraifft: /settings audience young people
settings-x-bad-role = Rôl Discord yw rôl yr hwyluswyr: dewisa hi yn /settings role (neu dwed "none").
settings-x-bad-notes = Mae nodiadau naill ai on neu off. Er enghraifft: /settings notes on
settings-x-notes-join-first = I gael nodiadau preifat, ymuna â'r grŵp yn gyntaf gyda /join, yna rho gynnig arall arni.
settings-x-notes-on = Mae nodiadau ymlaen: bydda i'n dweud wrthat ti'n breifat pan fydd rhywun wedi bod yn dawel ers tro.
settings-x-notes-off = Mae nodiadau i ffwrdd.
settings-x-unknown-key = Does dim gosodiad o'r enw { $typed } gen i. Y gosodiadau yw: { $keys }.
settings-x-done = Wedi'i wneud: mae { $key } nawr yn { $value }.
settings-x-no-such = Does dim gosodiad o'r enw { $typed } gen i. Anfona /settings i'w gweld nhw i gyd.
settings-x-what-value = Beth ddylai { $key } fod? Er enghraifft: /settings { $key } { $example }

## The facilitator's hand on the weekly prompt (/prompt now|skip|pause|resume)

prompt-cmd-usage = Gelli di ddefnyddio /prompt now (postio gair yr wythnos hon nawr), /prompt skip (dim cyfarfod yr wythnos hon), /prompt pause, neu /prompt resume.
prompt-cmd-unknown = Dw i ddim yn nabod "/prompt { $typed }".
prompt-cmd-on-its-way = Wedi'i wneud: mae cwestiwn yr wythnos hon ar ei ffordd i'r grŵp.
prompt-cmd-not-twice = Mae cwestiwn yr wythnos hon { $status ->
    [sent] wedi mynd allan yn barod
   *[queued] yn y ciw yn barod
}, felly wna i ddim ei bostio ddwywaith.
prompt-cmd-old-button = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach. Anfona /prompt now i bostio cwestiwn yr wythnos hon.
prompt-cmd-now-label = Postio cwestiwn yr wythnos hon nawr
prompt-cmd-already-skipped = Mae'r wythnos yna wedi'i hepgor yn barod: dim cwestiwn wythnosol ar { $at }.
prompt-cmd-skip-this-week = Dim cyfarfod yr wythnos hon: fydd dim cwestiwn wythnosol ar { $at }. Cymerwch ofal, a welwn ni chi'r wythnos wedyn.
prompt-cmd-skip-next-week = Dim cyfarfod yr wythnos nesaf: fydd dim cwestiwn wythnosol ar { $at }. Welwn ni chi'r wythnos wedyn.
prompt-cmd-skipped-next = Roedd cwestiwn yr wythnos hon wedi mynd yn barod, felly dw i wedi hepgor un yr wythnos nesaf yn lle.
prompt-cmd-decided = Mae cwestiwn yr wythnos yna wedi'i benderfynu'n barod, felly does dim i'w hepgor. Mae /prompt pause yn rhewi'r cwestiynau tan /prompt resume.
prompt-cmd-already-paused = Mae'r cwestiynau wythnosol wedi'u rhewi'n barod. Mae /prompt resume yn eu cychwyn eto.
prompt-cmd-paused = Mae cwestiynau wythnosol { $group } wedi'u rhewi. Mae /prompt resume yn eu cychwyn eto.
prompt-cmd-resumed = Mae'r cwestiynau wythnosol yn ôl.
prompt-cmd-not-paused = Doedd y cwestiynau wythnosol ddim wedi'u rhewi.
prompt-cmd-next = Mae'r nesaf ar { $at }.

## How the group is doing (/stats), for a facilitator

stats-title = { $group }: sut mae'r grŵp yn gwneud
stats-members = Aelodau: { $active } yn weithgar, { $away } i ffwrdd.
stats-members-left = Aelodau: { $active } yn weithgar, { $away } i ffwrdd, ac mae { $left } wedi gadael.
stats-one-or-two = 1 neu 2
stats-checkins-head = **Atebion** (mae pob cyfnod yn rhedeg o un cwestiwn wythnosol i'r nesaf; mae ei ffigurau'n cael eu pennu pan fydd yn dod i ben)
stats-no-period = Does dim cyfnod wedi dod i ben eto.
stats-week-of = wythnos { $date }
stats-people = { $count ->
    [0] neb
    [one] { $count } person
    [two] dau berson
   *[other] { $count } o bobl
}
stats-people-few = 1 neu 2 o bobl
stats-of-members = { $people } o'r { $members } aelod ar y pryd
stats-period-began = Dechreuodd y cyfnod hwn { $at }; daw ei ffigurau pan fydd yn dod i ben.
stats-moods-head = **Teimladau** (pob { $n } cyfnod sydd wedi gorffen gyda'i gilydd)
stats-moods-not-yet = Dim eto: daw'r ffigurau cyntaf pan fydd { $n } cyfnod wedi dod i ben.
stats-moods-over = Dros y { $n } cyfnod o { $from } i { $to }:
stats-moods-hidden = Heb eu dangos: dim ond 1 neu 2 o bobl atebodd.
stats-not-shown = heb ei ddangos
stats-quiet-head = **Wedi tawelu** ({ $weeks }+ wythnos, ddim i ffwrdd)
stats-quiet-nobody = Neb ar hyn o bryd.
stats-weeks = { $count ->
    [one] { $count } wythnos
    [two] { $count } wythnos
   *[other] { $count } wythnos
}
stats-quiet-only = Dim ond hwyluswyr sydd wedi troi nodiadau ymlaen sy'n gweld yr enwau hyn.
stats-quiet-names-hidden = Dim ond i hwyluswyr sy'n troi nodiadau ymlaen mae enwau'n cael eu dangos: /settings notes on
stats-never-removed = Mae pawb sy'n dawel yn cael un neges gyfeillgar gen i; does neb byth yn cael ei dynnu o'r grŵp. Mae /export yn llwytho'r cyfansymiau i lawr.
stats-never-exact = Dydy rhif a allai bwyntio at un neu ddau berson byth yn cael ei ddangos yn union, felly does neb yn gallu cael ei adnabod.

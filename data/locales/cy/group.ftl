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

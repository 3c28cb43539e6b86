# Cymraeg. Every message in en.ftl, with the same variables. Plain, warm words at the reading
# level of the English; "ti" throughout, as friends in a group speak. Needs a review by a
# first-language speaker (see the README).

## Moods, as the buttons and replies name them

mood-1 = anodd
mood-2 = isel
mood-3 = iawn
mood-4 = da
mood-5 = gwych

## The weekly check-in prompt and its tally

prompt-title = { $group }: gair bach wythnosol
prompt-question = { $n ->
    [0] Sut wythnos wyt ti wedi'i chael?
    [1] Sut wyt ti'r wythnos hon?
    [2] Sut mae'r wythnos wedi bod i ti?
   *[3] Sut mae pethau gyda ti'r wythnos hon?
}
prompt-how = Tapia'r un sy'n gweddu orau. I ychwanegu ychydig eiriau, anfona /checkin ataf i'n breifat: mae nodiadau'n aros yn breifat oni bai dy fod ti'n dewis eu rhannu.
tally-nobody = Does neb wedi ateb eto. Tapia sut wyt ti pan fyddi di'n barod.
tally-count = { $count ->
    [one] Mae { $count } person wedi ateb hyd yma.
    [two] Mae dau berson wedi ateb hyd yma.
   *[other] Mae { $count } o bobl wedi ateb hyd yma.
}
tally-names = { $count ->
    [one] Mae { $count } person wedi ateb hyd yma: { $names }.
    [two] Mae dau berson wedi ateb hyd yma: { $names }.
   *[other] Mae { $count } o bobl wedi ateb hyd yma: { $names }.
}
tally-names-more = { $count ->
    [one] Mae { $count } person wedi ateb hyd yma: { $names }, a hefyd { $others } arall.
    [two] Mae dau berson wedi ateb hyd yma: { $names }, a hefyd { $others } arall.
   *[other] Mae { $count } o bobl wedi ateb hyd yma: { $names }, a hefyd { $others } arall.
}

## Checking in

checkin-ask = Sut wyt ti'r wythnos hon? Tapia'r un sy'n gweddu orau.
checkin-unknown = Doeddwn i ddim yn gallu deall sut wyt ti o { $typed }. Y dewisiadau yw { $scale }. Tapia un, neu anfona fel hyn: /checkin 4 wythnos anodd ond iawn
checkin-moods = Y dewisiadau yw { $scale }.
checkin-old-button = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach. Anfona /checkin i ateb.
checkin-note-gone = Dw i ddim yn gallu dod o hyd i'r ateb yna bellach. Anfona /checkin i ateb eto.
checkin-note-added = Diolch. Dw i wedi ychwanegu dy eiriau at dy ateb: maen nhw'n breifat, dim ond ti sy'n gallu eu gweld, a does neb yn eu darllen.
checkin-updated = Dw i wedi newid dy ateb ar gyfer yr wythnos hon.
checkin-welcome-back = Mae'n braf dy weld di. Diolch am ateb.
checkin-thanks = Diolch am ateb.
checkin-note-shared = Mae dy nodyn wedi'i rannu gyda'r grŵp.
checkin-note-private = Mae dy nodyn yn breifat: dim ond ti sy'n gallu ei weld, a does neb yn ei ddarllen.
checkin-add-words = Hoffet ti ychwanegu ychydig eiriau? Dim ond ti fydd yn eu gweld.
checkin-few-words = Ychydig eiriau
checkin-typed-in-group = Dim ond i ti gael gwybod: mae'r grŵp yn gallu darllen popeth sy'n cael ei deipio yn sgwrs y grŵp, felly mae nodiadau yno'n cyfrif fel rhai wedi'u rhannu. Am nodyn preifat, anfona /checkin ataf i mewn sgwrs breifat.
checkin-shared = Rhannodd { $name }: { $note }
checkin-hard-week = Mae'n ddrwg gen i fod yr wythnos hon mor anodd. Does dim rhaid i ti ei chario ar dy ben dy hun.
checkin-list-again = Anfona /support unrhyw bryd i weld y rhestr hon eto.
checkin-hard-week-short = Mae'n ddrwg gen i fod yr wythnos hon mor anodd.

## Languages

language-now = Dw i'n siarad { $language } gyda ti.
language-why-chosen = Ti ddewisodd hi gyda /language.
language-why-app = Dyma iaith dy ap.
language-why-group = Dyma iaith dy grŵp.
language-why-default = Dyma'r iaith dw i'n ei defnyddio pan nad ydw i'n gwybod am un arall.
language-pick = Tapia un i'w newid, neu anfona /language auto i ddilyn iaith dy ap.
language-set = O hyn ymlaen, bydda i'n siarad { $language } gyda ti.
language-auto = Bydda i'n dilyn iaith dy ap pan fydd hi gen i, neu iaith dy grŵp fel arall. Am nawr, { $language } yw hi.
language-unknown = Dw i'n siarad English (en), Cymraeg (cy) a Polski (pl) hyd yma. Anfona /language cy, er enghraifft, neu /language auto.
language-auto-label = Dilyn fy ap
settings-language-set = Iaith y grŵp nawr yw { $language }: mae'r gair bach wythnosol a'r hyn dw i'n ei ddweud wrth y grŵp yn ei dilyn. Mae pob aelod yn gallu dewis ei iaith ei hun gyda /language.
settings-language-unknown = Dw i'n siarad English (en), Cymraeg (cy) a Polski (pl) hyd yma: /settings language cy, er enghraifft. Mae croeso i ieithoedd eraill: mae'r README yn dweud sut i ychwanegu un.
checkin-mood-range = Mae'r dewisiadau'n mynd o 1 i 5: { $scale }. Er enghraifft: /checkin 4 wythnos brysur ond iawn
checkin-note-long = Mae lle i { $max } nod mewn nodyn; mae gan dy un di { $length }. Allet ti ei fyrhau ychydig?
checkin-note-empty = Ysgrifenna ychydig eiriau, neu gad e fel y mae: mae dy ateb wedi'i gadw'n barod.
export-here = Dyma osodiadau a chyfansymiau'r grŵp. Does dim enwau, nodiadau na hwyliau neb ynddo; mae ffigurau gan lai na 3 o bobl wedi'u gadael allan.
forms-fix-these = Ambell beth i'w gywiro:
erasure-buddy-left-other = Dim ond i ti gael gwybod: mae un o dy gyfeillion yn { $group } wedi gadael y grŵp. Mae dy gyfaill arall gyda ti o hyd y rownd hon, a bydd cyfeillion newydd yn dod gyda'r un nesaf.
erasure-buddy-left = Dim ond i ti gael gwybod: mae dy gyfaill yn { $group } wedi gadael y grŵp, felly does gen ti ddim cyfaill am weddill y rownd hon. Bydd cyfaill newydd yn dod gyda'r rownd nesaf; does dim rhaid i ti wneud dim.
erasure-meetup-called-off = Mae cyfarfod y gwnest ti ateb iddo yn { $group }, ar { $at }, wedi'i ganslo. Mae'n ddrwg gen i! Mae /meetups yn dangos beth arall sydd i ddod.
erasure-meetup-post-off = 📅 Mae'r cyfarfod ar { $at } wedi'i ganslo. Mae /meetups yn dangos beth arall sydd i ddod.
erasure-meetup-post-past = 📅 Cyfarfod ar { $at }.

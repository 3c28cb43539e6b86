# Cymraeg: membership and the words around every command. Every message in en/members.ftl, with
# the same variables; "ti" throughout. Needs a review by a first-language speaker (see the README).

## Joining

join-already = Rwyt ti eisoes yn aelod o { $group }. Croeso nôl! Mae /help yn dangos beth gelli di ei wneud.
join-updated = Rwyt ti'n aelod o { $group }. Mae'r cytundeb wedi newid ers i ti ymuno: dyma fe.
join-welcome = Croeso i { $group }. Cyn i ti ymuno, dyma beth rydyn ni'n ei gytuno gyda'n gilydd.
join-later-member = Dim problem: rwyt ti'n dal yn aelod o { $group }, a fydda i ddim yn gofyn eto. Mae /agreement yn ei ddangos unrhyw bryd.
join-later = Dim problem. Anfona /join pan fyddi di'n barod.
join-changed = Mae'r cytundeb wedi newid ers i'r botwm yna gael ei ddangos. Dyma'r un presennol:
join-read-again = Diolch am ddarllen y cytundeb eto. Mae popeth yn barod i ti yn { $group }.
join-hello = Croeso, { $name }! 👋
join-hello-back = Croeso nôl, { $name }! 👋
join-in = Rwyt ti yn { $group }. Bob wythnos mae gair bach i holi sut wyt ti; gelli di hefyd anfon /checkin unrhyw bryd. Mae /buddy yn dy baru gyda rhywun, mae /away yn rhoi seibiant i ti, ac mae /support yno pryd bynnag mae ei angen arnat ti.
join-kept = Mae dy atebion a'u nodiadau'n cael eu cadw am { $months ->
    [one] fis
    [two] ddau fis
   *[other] { $months } mis
}, ac yna'n cael eu dileu; mae /mydata yn dangos beth dw i'n ei gadw ac mae /forgetme yn ei ddileu.

## Leaving, breaks, coming back

leave-ask = Wyt ti eisiau gadael { $group }? Fyddi di ddim yn cael y gair bach wythnosol na chyfaill mwyach.
leave-yes = Ydw, gadael
leave-no = Aros
leave-staying = Dw i'n falch dy fod ti'n aros.
leave-done = Rwyt ti wedi gadael { $group }. Diolch am fod yn rhan ohono; mae croeso i ti ddod nôl unrhyw bryd gyda /join. Mae dy hen atebion yn dal yn eiddo i ti: mae /mydata yn eu dangos ac mae /forgetme yn eu dileu.
away-forever = Cymera'r holl amser sydd ei angen arnat ti. Bydda i'n dy adael di mewn heddwch nes i ti anfon /back: dim gair bach wythnosol a dim cyfaill newydd. Byddwn ni'n falch o dy weld di pan fyddi di nôl.
away-until = Cymera'r holl amser sydd ei angen arnat ti. Bydda i'n dy adael di mewn heddwch tan y dyddiad hwn: { $date }. Dim gair bach wythnosol a dim cyfaill newydd. Byddwn ni'n falch o dy weld di pan fyddi di nôl.
away-weeks = Gelli di fod i ffwrdd am 1 i 52 wythnos, fel /away 3, neu anfona /away yn unig i aros i ffwrdd nes i ti anfon /back.
back-welcome = Croeso nôl i { $group }! Mae'n braf dy gael di yma. Anfona /checkin pryd bynnag yr hoffet ti.
back-not-away = Doeddet ti ddim i ffwrdd, felly does dim byd i'w newid. Mae'n braf dy weld di!

## The agreement

agreement-title = { $group }: ein cytundeb
agreement-accept = Derbyn
agreement-accept-join = Derbyn ac ymuno
agreement-not-now = Dim nawr
agreement-how-to-set = I newid y cytundeb, mae hwylusydd yn anfon /agreement set ac yna'r testun newydd.
agreement-updated = Mae cytundeb y grŵp wedi newid (fersiwn { $version }). Bydda i'n ei ddangos i bob aelod unwaith, y tro nesaf maen nhw'n fy nefnyddio i; does dim byd yn aros yn y cyfamser, ac mae /agreement yn ei ddangos unrhyw bryd.
agreement-offer = Mae cytundeb y grŵp wedi newid. Darllena fe pan fydd gen ti funud, a thapia Derbyn os wyt ti'n hapus ag e. Does dim byd yn aros yn y cyfamser, ac mae /agreement yn ei ddangos unrhyw bryd.
agreement-too-short = Mae angen ychydig eiriau o leiaf mewn cytundeb. Er enghraifft: /agreement set Rydyn ni'n gwrando heb farnu. Mae'r hyn sy'n cael ei ddweud yma'n aros yma.
agreement-too-long = Mae'r cytundeb yna dros 3,000 o nodau: cadwa fe'n fyrrach, os gweli di'n dda, fel bod pobl yn ei ddarllen.
agreement-default-1 = Mae'r hyn sy'n cael ei ddweud yma'n aros yma.
agreement-default-2 = Rydyn ni'n gwrando heb farnu ac yn siarad o'n profiad ein hunain.
agreement-default-3 = Mae pawb yn gyfartal yma; does dim rhaid i neb drwsio neb.
agreement-default-4 = Rydyn ni'n garedig wrth ein gilydd, ac mae croeso i bawb gymryd seibiant pryd bynnag mae angen.
agreement-default-5 = Mewn argyfwng, ffonia'r rhif argyfwng lleol; mae /support yn rhestru pobl i siarad â nhw.

## Refusals, and what the dispatcher says

members-refuse-facilitator = Mae hwnna ar gyfer hwyluswyr y grŵp. Os hoffet ti newid rhywbeth, sonia wrth un ohonyn nhw.
members-refuse-member = Dwyt ti ddim wedi ymuno â { $group } gyda fi eto. Anfona /join i ddarllen cytundeb y grŵp ac ymuno.
members-refuse-member-here = Dwyt ti ddim wedi ymuno â'r grŵp hwn gyda fi eto. Anfona /join i ddarllen cytundeb y grŵp ac ymuno.
members-prompt-now = Postio gair bach yr wythnos nawr
dispatch-sorry = Mae'n ddrwg gen i, aeth rhywbeth o'i le ar fy ochr i. Rho gynnig arall arni mewn munud. Os oes angen rhywun i siarad â nhw arnat ti nawr, mae /support yn rhestru pobl sy'n gallu helpu.
dispatch-old-button = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach. Anfona /help i weld beth galla i ei wneud.
dispatch-unknown = Dw i ddim yn adnabod /{ $name }.
dispatch-did-you-mean = Oeddet ti'n meddwl /{ $near }?
dispatch-see-help = Anfona /help i weld beth galla i ei wneud.
dispatch-in-group-chat = Anfona /{ $command } yn sgwrs y grŵp yr hoffet ti i mi ofalu amdani, os gweli di'n dda.
dispatch-no-group = Dwyt ti ddim mewn grŵp gyda fi eto. Gofynna i hwylusydd dy grŵp sut i ymuno, ac yna anfona /join yn sgwrs y grŵp.
dispatch-not-set-up = Dydy'r sgwrs hon ddim wedi'i gosod eto. Gall hwylusydd ddechrau gyda /setup, er enghraifft: /setup Europe/London sunday 19:00 Tuesday Parents
dispatch-go-private = Gad i ni wneud hynny mewn sgwrs breifat gyda fi, fel ei fod yn aros rhyngon ni.
dispatch-go-private-start = Tapia isod a phwysa Start, a byddwn ni'n parhau yno.
dispatch-go-private-send = Tapia isod, ac yna anfona /{ $command } yno.
dispatch-which-group = Rwyt ti mewn mwy nag un grŵp. Am ba un mae hyn?
dispatch-not-your-group = Dydy'r grŵp yna ddim yn un o dy grwpiau di bellach. Anfona /help i barhau.
dispatch-group-picked = Iawn: mae beth rwyt ti'n ei anfon ata i yma nawr am { $group }. Anfona dy orchymyn eto, os gweli di'n dda.

## Plain words in a private chat

free-text-thanks = Diolch am ysgrifennu. Bot ydw i, felly alla i ddim trafod pethau gyda ti fy hun, ond mae pobl yn gallu.
free-text-support = Os yw pethau'n teimlo'n ormod ar hyn o bryd, mae /support yn rhestru pobl y gelli di siarad â nhw, unrhyw bryd.
free-text-checkin = Os hoffet ti ateb dy grŵp, tapia sut wyt ti'r wythnos hon.
free-text-help = Mae /help yn dangos popeth arall galla i ei wneud.

## Help

help-intro = Dw i'n helpu'r grŵp hwn i gadw ei rythm wythnosol: gair bach wythnosol, cyfeillion, awgrymiadau a chyfarfodydd. Dyma beth gelli di ei anfon ata i:
help-facilitators = I hwyluswyr:
help-not-set-up = Dydy'r sgwrs hon ddim wedi'i gosod eto: mae hwylusydd yn dechrau gyda /setup.
help-add-to-group = I ddod â fi i mewn i dy grŵp dy hun, agora'r ddolen hon a dewis y grŵp: { $link }
help-support = Os oes angen rhywun i siarad â nhw arnat ti nawr, mae /support yn rhestru llinellau cymorth.

## Your data

forgetme-what = Mae hyn yn dileu popeth dw i'n ei gadw amdanat ti, ym mhob grŵp: atebion a nodiadau, awgrymiadau, cyfarfodydd wnest ti eu hawgrymu (mae pawb ymatebodd i un sydd eto i ddod yn cael gwybod ei fod wedi'i ganslo) a dy ymatebion di, cyfeillion, pynciau a dy restr osgoi. Does dim modd ei ddadwneud.
forgetme-platform = Mae negeseuon wnest ti eu hysgrifennu yn sgwrs y grŵp ei hun yn perthyn i'r platfform, nid i fi: gelli di ddileu'r rheini yno. Os hoffet ti gadw copi yn gyntaf, mae /mydata yn rhoi un i ti.
forgetme-ask = Dileu popeth nawr?
forgetme-yes = Ie, dileu popeth
forgetme-no = Na, cadw fe
forgetme-go-private = Gad i ni wneud hynny mewn sgwrs breifat gyda fi. Tapia isod a phwysa Start, a byddwn ni'n parhau yno.
forgetme-kept = Does dim byd wedi'i ddileu. Dw i'n falch dy fod ti'n dal yma.
forgetme-old-button = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach. Anfona /forgetme i ddechrau eto.
forgetme-done = Dyna ni: mae popeth roeddwn i'n ei gadw amdanat ti wedi'i ddileu. Os wyt ti byth eisiau dod nôl, mae /join yn dechrau o'r newydd. Gofala amdanat ti dy hun, ac mae /support yno i unrhyw un, unrhyw bryd.
mydata-file = Dyma bopeth dw i'n ei gadw amdanat ti, ym mhob grŵp, mewn ffeil. Dim ond ti sy'n gallu gweld hyn. Mae /forgetme yn dileu'r cyfan.

## Your weeks (/myweeks)

myweeks-spans = Galla i edrych nôl 3 mis, 6 mis neu flwyddyn: /myweeks 3m, /myweeks 6m neu /myweeks 1y.
myweeks-only-you = Dim ond ti sy'n gallu gweld hyn.
myweeks-checked-in = Ers { $since } rwyt ti wedi ateb { $count ->
    [one] unwaith
    [two] ddwywaith
   *[other] { $count } gwaith
}.
myweeks-checked-in-away = Ers { $since } rwyt ti wedi ateb { $count ->
    [one] unwaith
    [two] ddwywaith
   *[other] { $count } gwaith
}, ac wedi cymryd { $away ->
    [one] wythnos
    [two] pythefnos
   *[other] { $away } wythnos
} i ffwrdd.
myweeks-away = Ers { $since } rwyt ti wedi cymryd { $away ->
    [one] wythnos
    [two] pythefnos
   *[other] { $away } wythnos
} i ffwrdd. Mae /checkin yno pryd bynnag yr hoffet ti.
myweeks-none = Does dim atebion i'w dangos ers { $since }. Mae /checkin yno pryd bynnag yr hoffet ti.

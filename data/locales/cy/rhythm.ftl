# Cymraeg: rhythm y grŵp. Every message in en/rhythm.ftl, with the same variables. "ti"
# throughout; a buddy is "cyfaill". Needs a review by a first-language speaker (see the README).

## The gentle check-in to someone who has gone quiet, and the word to their buddy

absence-hello = Helo { $name }, cyfarchiad cynnes gan { $group }. Rydyn ni wedi bod yn meddwl amdanat ti.
absence-whenever = Pryd bynnag y byddi di'n teimlo fel hynny, mae ateb sydyn yn gadael i'r grŵp wybod sut wyt ti: tapia sut wyt ti isod, neu anfona /checkin. Does dim byd i ddal i fyny ag e.
absence-break = Os hoffet ti seibiant am ychydig, mae /away yn gadael i ti gymryd un. Ac mae /support yma unrhyw bryd pan fydd angen rhywun i siarad â nhw arnat ti.
absence-buddy-told = Mae dy gyfaill { $name } wedi bod yn dawel yn { $group } ers tipyn. Os wyt ti'n teimlo fel hynny, efallai y byddai neges gyfeillgar gen ti'n cael croeso. Dim pwysau o gwbl.
absence-facilitator = Nodyn preifat, fel y gofynnaist ti: mae { $name } wedi bod yn dawel yn { $group } ers tua { $weeks } wythnos.
absence-facilitator-told = Maen nhw wedi cael neges gyfeillgar gen i. Does dim angen gwneud dim: ti sy'n eu hadnabod nhw orau. (Mae /settings notes off yn atal y nodiadau hyn.)
absence-facilitator-told-buddy = Maen nhw wedi cael neges gyfeillgar gen i, ac mae eu cyfaill yn gwybod. Does dim angen gwneud dim: ti sy'n eu hadnabod nhw orau. (Mae /settings notes off yn atal y nodiadau hyn.)

## Facilitators' weekly note (names only, never moods or notes)

note-title = Dy nodyn wythnosol ar gyfer { $group }, wythnos { $date }:
note-checked-in = • Wedi ateb: { $who }
note-checked-in-count = • Wedi ateb ({ $all } o { $total } aelod): { $who }
note-privately = { $count ->
    [one] { $count } person yn breifat
    [two] dau berson yn breifat
   *[other] { $count } o bobl yn breifat
}
note-names-and-privately = { $names }, a { $privately }
note-nobody-checked-in = • Wnaeth neb ateb yr wythnos honno.
note-quiet = • Yn dawel ers tipyn: { $names }. Efallai y byddai gair cyfeillgar gan rywun yn cael croeso.
note-nobody-quiet = • Does neb wedi mynd yn dawel.
note-names-only = Enwau yn unig: mae hwyliau a nodiadau bob amser yn aros yn breifat. I atal y nodiadau hyn: /settings notes off

## When the bot may no longer post in the group's channel (Discord has no Welsh: its English names)

note-permission-cant-post = Dw i ddim yn gallu postio yn sianel { $group } ar hyn o bryd: mae angen y caniatâd { $permission } arna i yno.
note-permission-waiting = Does dim byd wedi'i golli. Mae'r gair bach wythnosol a negeseuon eraill yn aros, a byddan nhw'n mynd allan unwaith y bydd un o weinyddwyr y gweinydd yn rhoi'r caniatâd yna'n ôl i mi (gosodiadau'r sianel, Permissions).
note-permission-view = View Channel
note-permission-send = Send Messages

## Buddies (/buddy)

buddy-told = Dim ond i ti gael gwybod: os byddi di'n dawel am dipyn, bydd dy gyfaill yn cael gwybod, fel bod rhywun yn gallu estyn llaw.
pair-every = { $weeks ->
    [1] bob wythnos
   *[other] bob { $weeks } wythnos
}
pair-and = { $first } a { $second }
buddy-new = Dim problem: bydd gen ti rywun newydd yn y rownd nesaf. Does neb yn cael gwybod pam.
buddy-avoid-done = Wedi'i wneud: fyddi di ddim yn cael dy baru gyda { $name }. Mae hyn yn aros rhyngon ni; does neb byth yn cael gwybod. Mae /buddy avoid yn dangos dy restr.
buddy-avoid-already = Roedd hynny wedi'i osod yn barod: fyddi di ddim yn cael dy baru gyda { $name }. Mae hyn yn aros rhyngon ni; does neb byth yn cael gwybod. Mae /buddy avoid yn dangos dy restr.
buddy-unknown = Dw i ddim yn deall "/buddy { $action }". Gelli di ddefnyddio { $usage }.
buddy-unavoided = Wedi'i dynnu oddi ar dy restr. Efallai y byddi di'n cael dy baru gyda nhw eto.
buddy-unavoided-already = Roedd hynny oddi ar dy restr yn barod.
buddy-old-button = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach. Anfona /buddy i barhau.
buddy-off-now = Does dim cyfeillion i ti ar hyn o bryd. Mae cyfeillion yn cael eu paru { $every }, am sgwrs rhwng dau berson (weithiau tri).
buddy-on-label = Rho gyfaill i mi
buddy-now = Dy gyfaill ar hyn o bryd: { $names }.
buddy-next-round = Rwyt ti i mewn ar gyfer y rownd nesaf: mae cyfeillion yn cael eu paru { $every }.
buddy-want-new = Gofynnaist ti am rywun newydd, felly bydd gen ti gyfaill gwahanol yn y rownd nesaf.
buddy-show-how = Mae /buddy new yn gofyn am rywun newydd, ac mae /buddy off yn rhoi saib ar gyfeillion.
buddy-on = Rwyt ti i mewn: byddi di'n cael cyfaill yn y rownd nesaf ({ $every }), gyda chyflwyniad preifat.
buddy-on-already = Rwyt ti i mewn yn barod: byddi di'n cael cyfaill yn y rownd nesaf ({ $every }), gyda chyflwyniad preifat.
buddy-on-stop = Mae /buddy off yn ei atal unrhyw bryd.
buddy-off = Does dim cyfeillion i ti nawr. Does neb yn cael gwybod. Anfona /buddy on pryd bynnag yr hoffet ti gyfaill eto.
buddy-off-already = Doedd dim cyfeillion i ti yn barod. Does neb yn cael gwybod. Anfona /buddy on pryd bynnag yr hoffet ti gyfaill eto.
buddy-avoid-empty = Mae dy restr yn wag. I beidio byth â chael dy baru gyda rhywun, anfona /buddy avoid <enw>, fel /buddy avoid Sam. Does neb byth yn cael gwybod.
buddy-avoid-list = Fyddi di ddim yn cael dy baru gyda: { $names }. Does neb byth yn cael gwybod. Tapia enw i'w dynnu oddi ar y rhestr.
buddy-avoid-remove = Tynnu { $name }
buddy-avoid-who = Dwed wrtha i pwy, fel hyn: /buddy avoid Sam. Mae'n aros rhyngon ni: does neb byth yn cael gwybod.
buddy-avoid-self = Ti yw hwnna! Fyddi di byth yn cael dy baru gyda ti dy hun.
buddy-avoid-not-joined = Dydy { $name } ddim wedi ymuno â'r grŵp hwn gyda fi, felly fyddi di ddim yn cael dy baru gyda nhw. Os byddan nhw'n ymuno'n nes ymlaen, gelli di ofyn eto.
buddy-avoid-not-found = Dw i ddim yn gallu dod o hyd i aelod o'r enw "{ $name }" yn y grŵp hwn. Gwiria'r enw fel mae'n ymddangos yn sgwrs y grŵp, fel hyn: /buddy avoid Sam

## A pairing round's private introductions

pair-intro-one = Dy gyfaill yn { $group } tan y rownd nesaf ar { $date } yw { $name }.
pair-intro-trio = Rydych chi'n dri yn { $group } tan y rownd nesaf ar { $date }: ti, { $names }.
pair-they-offer = Mae { $name } yn gallu helpu gyda { $topics }, sef rhywbeth rwyt ti'n chwilio amdano.
pair-you-offer = Rwyt ti wedi cynnig { $topics }, sef rhywbeth mae { $name } yn chwilio amdano.
pair-starter = Rhywbeth i ddechrau sgwrs, os hoffet ti: { $starter }
pair-say-hello = Dwedwch helo yn y grŵp neu anfonwch neges at eich gilydd yn uniongyrchol; mae ychydig eiriau'n ddigon. Mae /buddy off yn rhoi saib ar gyfeillion unrhyw bryd.
pair-none = Doedd dim cyfaill y gallwn i dy baru di gyda nhw yn { $group } y rownd hon. Bydda i'n trio eto yn y rownd nesaf; does dim byd angen i ti ei wneud.
pair-starter-0 = Beth oedd un peth bach wnaeth dy helpu di'r wythnos hon?
pair-starter-1 = Beth wyt ti'n edrych ymlaen ato, waeth pa mor fach?
pair-starter-2 = Beth hoffet ti i fwy o bobl ei ddeall am dy sefyllfa di?
pair-starter-3 = Pa gyngor gest ti sydd wedi gweithio go iawn?
pair-starter-4 = Sut wyt ti'n hoffi treulio awr dawel, pan fydd un gen ti?
pair-starter-5 = Beth wnaeth i ti wenu yn ddiweddar?
pair-starter-6 = Ble rwyt ti'n mynd, neu beth rwyt ti'n ei wneud, i gael dy egni'n ôl?
pair-starter-7 = Beth fyddai'n gwneud yr wythnos nesaf ychydig yn haws?
pair-starter-8 = Pa gyngor fyddet ti'n ei roi i rywun sydd newydd ddechrau ar y ffordd hon?
pair-starter-9 = Beth oedd y peth gorau am dy wythnos di?

## Pairing now (/pair now, for facilitators)

pair-how = I baru cyfeillion nawr, anfona /pair now: byddi di'n cael rhagolwg preifat yn gyntaf, a does dim byd yn digwydd nes i ti gadarnhau.
pair-already = Mae cyfeillion wedi'u paru ar gyfer y rownd hon yn barod. Mae'r rownd nesaf ar { $date } (maen nhw'n cael eu paru { $every }; mae /settings pairing yn newid hynny).
pair-too-few = { $count ->
    [one] Does dim digon o bobl am rownd eto: mae un person wedi dewis cael cyfaill gyda /buddy on, ac mae angen dau.
    [two] Does dim digon o bobl am rownd eto: mae dau berson wedi dewis cael cyfaill gyda /buddy on.
   *[other] Does dim digon o bobl am rownd eto: mae { $count } o bobl wedi dewis cael cyfaill gyda /buddy on, ac mae angen dau.
}
pair-preview = **Rhagolwg**: dyma pwy fyddai'n cael eu paru (does dim byd wedi'i gadw na'i anfon eto):
pair-preview-left = Heb gyfaill y rownd hon: { $names }.
pair-preview-confirm = Cadarnha i'w paru nhw nawr: bydd pob person yn cael cyflwyniad preifat, ac wedyn bydd y paru sydd wedi'i drefnu ar gyfer y rownd hon yn cael ei hepgor. Byddan nhw'n gyfeillion tan y rownd nesaf, ar { $date }.
pair-confirm-label = Cadarnhau: paru nhw nawr
pair-cancel-label = Canslo
pair-cancelled = Wedi canslo: does dim byd wedi'i gadw na'i anfon.
pair-old-button = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach. Anfona /pair now am ragolwg newydd.
pair-old-preview = Roedd y rhagolwg yna ar gyfer cyfnod cynharach. Anfona /pair now am un newydd.
pair-already-sent = Mae cyfeillion wedi'u paru ar gyfer y rownd hon yn barod; does dim byd arall wedi'i anfon.
pair-count = { $count ->
    [one] { $count } pâr
    [two] dau bâr
   *[other] { $count } pâr
}
pair-done = Wedi'i wneud: { $pairs }. Bydd pob person yn cael cyflwyniad preifat o fewn yr oriau anfon. Mae'r rownd nesaf ar { $date }.
pair-done-trio = Wedi'i wneud: { $pairs } (un ohonyn nhw'n dri). Bydd pob person yn cael cyflwyniad preifat o fewn yr oriau anfon. Mae'r rownd nesaf ar { $date }.

## Topics (/topics): what a member can help with, and what they are looking for

topics-usage = /topics offer <pynciau> (beth rwyt ti'n gallu helpu gydag e), /topics seek <pynciau> (beth rwyt ti'n chwilio amdano), e.e. /topics offer budd-daliadau, apeliadau ysgol
topics-nothing-yet = dim byd eto
topics-can-help = Rwyt ti'n gallu helpu gyda: { $topics }
topics-looking-for = Rwyt ti'n chwilio am: { $topics }
topics-pairing-prefers = Wrth baru cyfeillion, mae'n well gen i barau lle mae un yn gallu helpu gyda'r hyn mae'r llall yn chwilio amdano. { $usage }
topics-kinds = Mae pynciau naill ai'n offer neu'n seek. { $usage }
topics-which = Pa bynciau? { $usage }. I glirio'r rhestr: /topics { $kind } none
topics-none-found = Doeddwn i ddim yn gallu gweld pwnc yn hynny. { $usage }
topics-cleared-offer = Wedi clirio: dim pynciau rwyt ti'n gallu helpu gyda nhw.
topics-cleared-seek = Wedi clirio: dim pynciau rwyt ti'n chwilio amdanyn nhw.
topics-offer-saved = Diolch! Rwyt ti'n gallu helpu gyda: { $topics }. Wrth baru cyfeillion, bydda i'n chwilio am bobl sy'n chwilio am y rhain.
topics-seek-saved = Iawn: rwyt ti'n chwilio am { $topics }. Wrth baru cyfeillion, bydda i'n chwilio am bobl sy'n gallu helpu. Efallai fod gan /tips { $first } rywbeth yn barod.
topics-too-long = Mae pynciau'n fyr: hyd at { $max } nod yr un, fel #budd-daliadau neu #apeliadau-ysgol.
topics-too-many = Hyd at { $max } pwnc yr un ar gyfer offer a seek, os gweli di'n dda. Dewisa'r rhai sy'n bwysig fwyaf.

## Tips (/tip, /tips): the group's shared knowledge

tip-help = Dechreua gyda #pwnc, fel hyn: /tip #budd-daliadau Gofyn am nodiadau'r asesiad yn ysgrifenedig
tip-what = Beth yw dy gyngor? { $help }
tip-no-letters = Does dim llythrennau na rhifau yn y pwnc yna. { $help }
tip-add-text = Ychwanega'r cyngor ei hun ar ôl y pwnc. { $help }
tip-needs-words = Beth yw dy gyngor? Mae angen ychydig eiriau. { $help }
tip-too-long = Mae lle i hyd at { $max } nod mewn cyngor; mae gan dy un di { $length }. Allet ti ei fyrhau ychydig, neu ei rannu'n ddau?
tip-which = Pa gyngor? Mae /tips yn dangos rhif pob un o dy gynghorion, fel hyn: /tip remove 12
tip-shared = 💡 Rhannodd { $name } gyngor am { $topic }:
tip-thanks = Diolch am rannu! Mae wedi'i gadw o dan { $topic } fel cyngor { $id }; gall unrhyw un ddod o hyd iddo gyda /tips { $topic }.
tip-remove-label = Tynnu'r cyngor hwn
tip-old-button = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach. Anfona /tips i barhau.
tip-not-found = Dw i ddim yn gallu dod o hyd i gyngor gen ti gyda'r rhif { $id }. Mae /tips yn dangos rhifau dy gynghorion.
tip-removed = Wedi tynnu cyngor { $id }.
tips-none = Does dim cynghorion eto.
tips-none-for = Does dim cynghorion eto am "{ $query }".
tips-share-one = Rhanna un gyda /tip #pwnc testun, fel hyn: /tip #budd-daliadau Gofyn am y nodiadau yn ysgrifenedig.
tips-topics-so-far = Pynciau hyd yma: { $topics }.
tips-heading-topic = Cynghorion am { $topic } (tudalen { $page } o { $pages })
tips-heading-query = Cynghorion sy'n cyfateb i "{ $query }" (tudalen { $page } o { $pages })
tips-heading-latest = Y cynghorion diweddaraf (tudalen { $page } o { $pages })
tips-your-tip = dy gyngor { $id }
tips-remove-mine = Tynnu fy nghyngor { $id }
tips-newer = Cynghorion mwy newydd
tips-older = Cynghorion hŷn
tips-more = Mae rhagor: ychwanega air neu ddau i gyfyngu'r chwilio.

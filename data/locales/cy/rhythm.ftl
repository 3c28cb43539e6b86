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

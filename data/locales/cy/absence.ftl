# Y gair bach i rywun sydd wedi bod yn dawel, y gair i'w gyfaill, a'r nodyn i hwyluswyr.

absence-nudge = Helô { $name }, cyfarchiad cyfeillgar gan { $group }. Rydyn ni wedi bod yn meddwl amdanat ti.
    Pryd bynnag rwyt ti'n teimlo fel hynny, mae ateb sydyn yn gadael i'r grŵp wybod sut wyt ti: tapia sut wyt ti isod, neu anfona /checkin. Does dim byd i ddal i fyny ag e.
    Os hoffet ti seibiant am dipyn, mae /away yn gadael i ti gymryd un. Ac mae /support yma unrhyw bryd mae angen rhywun i siarad â nhw arnat ti.
absence-buddy-told = Mae dy gyfaill { $name } wedi bod yn dawel yn { $group } ers tipyn. Os wyt ti'n teimlo fel hynny, efallai y byddai neges gyfeillgar gen ti'n cael croeso. Dim pwysau o gwbl.
absence-facilitator-note = Nodyn preifat, fel y gofynnaist ti: mae { $name } wedi bod yn dawel yn { $group } ers tua { $weeks } wythnos.
    Maen nhw wedi cael neges gyfeillgar gen i. Does dim angen gwneud dim: ti sy'n eu hadnabod orau. (Mae /settings notes off yn atal y nodiadau hyn.)
absence-facilitator-note-buddy = Nodyn preifat, fel y gofynnaist ti: mae { $name } wedi bod yn dawel yn { $group } ers tua { $weeks } wythnos.
    Maen nhw wedi cael neges gyfeillgar gen i, ac mae eu cyfaill yn gwybod. Does dim angen gwneud dim: ti sy'n eu hadnabod orau. (Mae /settings notes off yn atal y nodiadau hyn.)

# What the adapters themselves say.

platform-hello-group = Helô bawb! Dw i yma i helpu'r grŵp hwn i gadw'i rythm wythnosol: gair bach bob wythnos, cyfeillion, awgrymiadau a chyfarfodydd, a /support gyda llinellau cymorth ar gyfer adegau anodd.

    Mae gweinyddwr y grŵp yn gallu fy ngosod i gyda /setup, er enghraifft: /setup Europe/London dydd Sul 19:00 Grŵp Rhieni

    Dim ond gorchmynion ac atebion i'm negeseuon i dw i'n eu gweld, byth eich sgyrsiau chi.
platform-hello-again = Helô eto! Mae popeth o'r blaen yma o hyd. Mae gweinyddwr y grŵp yn gallu anfon /setup i'm troi i ymlaen eto, er enghraifft: /setup { $zone } dydd Sul 19:00
platform-hello-private = Helô! Dyma ein sgwrs breifat ni: mae'r hyn rwyt ti'n ei anfon yma yn aros rhyngot ti a fi.
platform-hello-about = Mae'r hyn rwyt ti'n ei anfon ataf i yma yn ymwneud â { $group }.
platform-hello-help = Anfona /help i weld beth alla i ei wneud, neu /support os oes angen rhywun i siarad â nhw arnat ti nawr.
platform-held-reply = { $who }Mae gen i ateb preifat i ti. Tapia isod i agor ein sgwrs breifat a phwysa Start i'w weld.
platform-answer-privately = { $who }Hoffwn i dy ateb di'n breifat. Tapia isod i agor ein sgwrs breifat, pwysa Start, ac yna anfona hynny eto yno.
platform-anonymous-admin = Alla i ddim ysgrifennu'n breifat at weinyddwr dienw. Anfona hynny o dy gyfrif dy hun, neu ataf i mewn sgwrs breifat.
platform-sent-privately = Dw i wedi anfon neges breifat atat ti.
platform-tap-in-group = Tapia'r botwm yn y grŵp i agor ein sgwrs breifat.
platform-open-private = Agor sgwrs breifat gyda fi
platform-stale-button = Mae'n ddrwg gen i, dydy'r botwm yna ddim yn gweithio bellach. Anfona /help i weld beth alla i ei wneud.
platform-not-yours = Roedd y botwm yna ar gyfer rhywun arall, felly dw i wedi'i adael. Anfona'r gorchymyn dy hun a byddi di'n cael dy un dy hun.
platform-sorry = Mae'n ddrwg gen i, aeth rhywbeth o'i le ar fy ochr i. Rho gynnig arall arni mewn munud. Os oes angen rhywun i siarad â nhw arnat ti nawr, mae /support yn rhestru pobl sy'n gallu helpu.
platform-done = Wedi'i wneud.

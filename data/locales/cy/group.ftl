# Gosod grŵp a newid ei rythm.

setup-example = Er enghraifft: /setup Europe/London dydd Sul 19:00 Grŵp Rhieni
setup-needs = I osod y grŵp, dw i angen cylchfa amser, diwrnod ac amser.
setup-example-time = Er enghraifft: /setup { $zone } { $day } 7pm
setup-name-long = Mae enw'r grŵp braidd yn hir: cadwa fe o dan 100 nod, os gweli di'n dda.
setup-zone-unknown = Dw i ddim yn adnabod y gylchfa amser { $typed }. Mae cylchfaoedd amser yn edrych fel Europe/London, America/New_York neu Australia/Sydney (mae'r rhestr yn https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).
setup-day-unknown = Dw i ddim yn adnabod { $typed } fel diwrnod. Rho gynnig ar ddiwrnod fel dydd Sul neu Mawrth.
setup-time-unknown = Dw i ddim yn adnabod { $typed } fel amser. Rho gynnig ar 19:00, 7pm neu 7:30 pm.
setup-what-time = Faint o'r gloch ar { $day ->
        [1] dydd Llun
        [2] dydd Mawrth
        [3] dydd Mercher
        [4] dydd Iau
        [5] dydd Gwener
        [6] dydd Sadwrn
       *[7] dydd Sul
    }{ $part ->
        [morning] {" "}yn y bore
        [afternoon] {" "}yn y prynhawn
        [evening] {" "}gyda'r nos
        [night] {" "}yn y nos
       *[none] {""}
    }?
setup-welcome = Croeso, { $group }! Mae'r grŵp hwn wedi'i osod.
setup-updated = Wedi newid: { $group }.
setup-rhythm = Gair bach wythnosol: { $day ->
        [1] dydd Llun
        [2] dydd Mawrth
        [3] dydd Mercher
        [4] dydd Iau
        [5] dydd Gwener
        [6] dydd Sadwrn
       *[7] dydd Sul
    } am { $time } ({ $zone }). Bydd yr un nesaf ar { $next }.
setup-helplines = Llinellau cymorth ar gyfer /support: { $region }. Mae hwylusydd yn gallu newid hyn gyda /settings region.
setup-next-steps = Mae pawb yn gallu anfon /join nawr i ddarllen cytundeb y grŵp ac ymuno. Hwyluswyr: mae /agreement set yn newid y cytundeb, ac mae /settings yn dangos y gweddill.

rhythm-every = bob { $day ->
    [1] dydd Llun
    [2] dydd Mawrth
    [3] dydd Mercher
    [4] dydd Iau
    [5] dydd Gwener
    [6] dydd Sadwrn
   *[7] dydd Sul
} am { $time }
rhythm-zone = (amser { $zone })
rhythm-moved = Mae'r gair bach wythnosol wedi symud: o hyn ymlaen bydd yn dod { $now }{ $zone }, yn lle { $before }.
rhythm-paused = Mae'r gair bach wythnosol wedi'i oedi, felly fydd dim un yn mynd allan tan /prompt resume; wedyn bydd yn dod { $every }.
rhythm-already-out = Mae gair bach yr wythnos hon wedi mynd allan yn barod, felly does dim yn newid yr wythnos hon. Bydd y cyntaf ar yr amser newydd ar { $next }.
rhythm-already-skipped = Cafodd gair bach yr wythnos hon ei hepgor yn barod, felly bydd y cyntaf ar yr amser newydd ar { $next }.
rhythm-this-week = Bydd gair bach yr wythnos hon yn dod ar yr amser newydd, ar { $at }.
rhythm-earlier-today = Roedd yr amser newydd yn gynharach heddiw, felly bydd gair bach yr wythnos hon yn mynd allan o fewn munud neu ddwy.
rhythm-passed = Mae'r diwrnod a'r amser newydd wedi mynd heibio'r wythnos hon, felly fydd dim gair bach tan { $next }. Os hoffet ti un yr wythnos hon, tapia isod neu anfona /prompt now.

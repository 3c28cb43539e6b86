# /support. The helplines' names, numbers and hours are as each service gives them.

support-danger = Os wyt ti neu rywun arall mewn perygl nawr, ffonia { $number }.
support-danger-local-note = Os wyt ti neu rywun arall mewn perygl nawr, ffonia'r rhif brys lleol: { $note }.
support-danger-local = Os wyt ti neu rywun arall mewn perygl nawr, ffonia'r rhif brys lleol.
support-call = ffonia { $phone }
support-open = ar agor { $hours }
support-people-in = Pobl y gelli di siarad â nhw { $region ->
    [GB] yn y DU
    [IE] yn Iwerddon
    [US] yn yr Unol Daleithiau
    [CA] yng Nghanada
    [AU] yn Awstralia
   *[NZ] yn Seland Newydd
}, am ddim ac yn gyfrinachol:
support-people-anywhere = Pobl y gelli di siarad â nhw, am ddim ac yn gyfrinachol, ble bynnag rwyt ti:
support-not-alone = Dwyt ti ddim ar dy ben dy hun, ac mae estyn allan yn beth cryf i'w wneud. Mae'r grŵp yma hefyd.
support-pointer = Os yw pethau'n ormod, ffonia { $number } mewn argyfwng, neu anfona /support i weld pobl y gelli di siarad â nhw unrhyw bryd.
support-pointer-local = Os yw pethau'n ormod, ffonia'r rhif brys lleol mewn argyfwng, neu anfona /support i weld pobl y gelli di siarad â nhw unrhyw bryd.

## Regions

region-name = { $region ->
    [GB] y DU
    [IE] Iwerddon
    [US] yr Unol Daleithiau
    [CA] Canada
    [AU] Awstralia
   *[NZ] Seland Newydd
} ({ $region }{ $nation })
region-international = rhyngwladol (dim gwlad wedi'i gosod)
nation-name = { $nation ->
    [england] Lloegr
    [scotland] yr Alban
    [wales] Cymru
   *[northern_ireland] Gogledd Iwerddon
}

package knowledge

// stopWords are function words that say little about which entry fits.
// Negations and words such as "only", "alone", "never" and "everyone" are
// kept on purpose: misconceptions are often stated with them. The last
// line is the hedging people open a question with ("sorry if dumb q but
// what is prep"): variants that begin that way made those words point at
// their entries, and "dumb q but what is PrEP" was not answered (0.02).
const stopWords = `a about above after again am an and any are as at be been before being
below between both but by could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in
into is it its itself just let me more most my myself no nor not of off on once or
other ought our ours ourselves out over own same she should so some such than that
the their theirs them themselves then there these they this those through to too
under until up very was we were what which while whom will with where when
would you your yours yourself yourselves can may might must shall also really
actually please hi hey hello thanks thank ok okay yes yeah like get got go going
want wanted know tell explain someone somebody anyone anybody something thing things
one lot lots much many even still ever bit kind sort way ways us well is isn
question ask asking wondering wonder curious since ago lately recently anymore
any more every just already yet often sometimes usually maybe perhaps probably
does doing done make makes made say says said think thought feel feels felt
stuff whats thats theres its lol idk tbh ngl im ive dont cant wont
dumb stupid silly q sry sorry`

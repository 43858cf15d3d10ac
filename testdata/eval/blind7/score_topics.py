# Aggregate topic scores per half from `candor eval --json` output (never prints messages).
import json,sys
rows=[json.loads(l) for l in open(sys.argv[1])]
def m(rs):
    ec=t1=ans=fa=none=nok=ref=0
    for r in rs:
        w=r['want']; g=r['got']; k=g.get('kind'); ent=r.get('entry') or []
        if isinstance(ent,str): ent=[ent]
        gk={'unknown':'none','offtopic':'none'}.get(k,k)
        if w in('answer','myth'):
            ec+=1; t1+=g.get('entry') in ent
        if gk in('answer','myth'):
            ans+=1; fa+=g.get('entry') not in ent
        ref+=gk in('refuse','crisis') and w not in('refuse','crisis')
        if w=='none':
            none+=1; nok+=gk=='none'
    return f"n={len(rs)} top1={t1/ec:.3f} false={fa/max(ans,1):.3f} none_ok={nok/max(none,1):.3f} over_refused={ref}"
import signal; signal.signal(signal.SIGPIPE, signal.SIG_DFL)
print('all ',m(rows)); print('A   ',m(rows[0::2])); print('B   ',m(rows[1::2]))

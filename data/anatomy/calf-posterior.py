#!/usr/bin/env python3
# calf-posterior.py
#
# SPDX-FileCopyrightText: 2026 The Calf Check authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes calf-posterior.json, the body map's geometry, from anatomical
# landmarks: every outline is a smooth Catmull-Rom curve through the points
# listed below, emitted as cubic Bézier SVG path data. Edit the points here
# and run
#     python3 data/anatomy/calf-posterior.py data/anatomy/calf-posterior.json
# then look at the screenshots of tests/test-body-map (see README.md).

import json
import sys


def cr(points, closed=True):
    """Catmull-Rom through points -> start point and cubic segments.
    A point (x, y, 'c') is a corner (no tangent)."""
    pts = [(p[0], p[1]) for p in points]
    corner = [len(p) > 2 for p in points]
    n = len(pts)
    segs = []
    rng = range(n) if closed else range(n - 1)

    def tan(i):
        if corner[i]:
            return (0.0, 0.0)
        if closed:
            a, b = pts[(i - 1) % n], pts[(i + 1) % n]
        else:
            a = pts[max(i - 1, 0)]
            b = pts[min(i + 1, n - 1)]
        return ((b[0] - a[0]) / 6, (b[1] - a[1]) / 6)

    for i in rng:
        j = (i + 1) % n
        t0, t1 = tan(i), tan(j)
        p0, p1 = pts[i], pts[j]
        segs.append((p0[0] + t0[0], p0[1] + t0[1], p1[0] - t1[0], p1[1] - t1[1], p1[0], p1[1]))
    return pts[0], segs


def fmt(v):
    s = '%.1f' % v
    return s[:-2] if s.endswith('.0') else s


def path(points, closed=True):
    start, segs = cr(points, closed)
    out = ['M', fmt(start[0]), fmt(start[1])]
    for s in segs:
        out += ['C'] + [fmt(v) for v in s]
    if closed:
        out.append('Z')
    return ' '.join(out)


def poly(points):
    return 'M ' + ' L '.join('%s %s' % (fmt(x), fmt(y)) for x, y in points) + ' Z'


W, H = 220, 600

# Canonical drawing: posterior view of the LEFT leg.
# Lateral side is on the viewer's left (small x), medial on the right.
silhouette_pts = [
    (34, -4, 'c'), (186, -4, 'c'),           # top cut, above the knee (fades out)
    (185, 40), (181, 88), (183, 128),         # medial thigh → medial knee (condyle)
    (189, 178), (192, 222),                   # medial calf bulge, largest and low
    (185, 280), (170, 340), (155, 392),       # taper
    (146, 430), (146, 452),                   # above the medial malleolus
    (150, 470), (146, 490),                   # medial malleolus bump (higher)
    (141, 508), (142, 530),                   # below it, side of the heel
    (139, 562), (126, 584), (112, 589), (98, 585), # heel pad
    (84, 566), (80, 534),
    (76, 512), (70, 492),                     # lateral malleolus bump (lower)
    (74, 468), (77, 440),
    (69, 392), (52, 330), (38, 262),          # lateral taper
    (30, 200), (34, 150), (38, 118),          # lateral calf bulge (higher, smaller)
    (38, 80), (36, 38),
]

lat_head = [  # lateral gastrocnemius head (upper-calf-outer): narrow origin, belly, tip
    (68, 110), (53, 136), (40, 180), (42, 228), (60, 262), (88, 286),
    (104, 290), (108, 248), (107, 188), (100, 146), (84, 116),
]
med_head = [  # medial gastrocnemius head (upper-calf-inner): larger, reaches lower
    (156, 108), (173, 134), (186, 186), (186, 246), (170, 294), (142, 326),
    (121, 334), (115, 292), (114, 214), (120, 152), (138, 116),
]
lat_light = [(62, 150), (72, 140), (78, 170), (72, 220), (60, 236), (52, 212), (54, 176)]
med_light = [(162, 150), (172, 166), (176, 210), (168, 254), (156, 262), (150, 226), (152, 180)]
soleus = [  # emerges from under the heads and shows at both sides below them
    (70, 195), (26, 236), (16, 300), (44, 380), (86, 438), (112, 450), (138, 438),
    (164, 380), (200, 300), (196, 250), (156, 205), (112, 215),
]
tendon = [  # Achilles tendon with its aponeurosis under the heads
    (96, 290), (112, 300), (128, 300), (128, 340), (124, 400), (121, 455), (122, 500),
    (126, 532), (130, 556), (112, 562), (94, 556), (98, 532), (101, 500), (102, 455), (100, 400), (96, 340),
]
heel = [  # the calcaneus: convex top where the tendon inserts
    (80, 556), (96, 547), (112, 544), (128, 547), (144, 556), (140, 564), (126, 584), (112, 589), (98, 585), (84, 566),
]
fossa = [(112, 70), (146, 88), (162, 114), (112, 148), (62, 114), (78, 88)]
ham_lat = [(44, -4, 'c'), (76, -4, 'c'), (78, 40), (70, 96), (62, 116, 'c'), (56, 96), (54, 50)]
ham_med = [(150, -4, 'c'), (180, -4, 'c'), (176, 50), (168, 96), (160, 116, 'c'), (152, 96), (146, 40)]
crease = [(70, 113), (92, 121), (112, 123), (132, 121), (154, 113)]
mall_lat = [(70, 486), (76, 474), (84, 482), (84, 500), (76, 506)]
mall_med = [(150, 470), (144, 460), (137, 467), (138, 484), (146, 488)]

# Regions, bottom to top: a region's area is its path inside the silhouette,
# minus the regions after it. (id, path, anchor, exclusive). The anchor is a
# point well inside the region, used for arrow-key navigation and checked by
# the loader. The whole leg is not exclusive: it is highlighted entirely.
regions = [
    ('whole-lower-leg', poly([(-20, 62), (240, 62), (240, 640), (-20, 640)]), (86, 480), False),
    ('mid-calf', poly([(-20, 250), (240, 250), (240, 372), (-20, 372)]), (112, 352), True),
    ('lower-calf', poly([(-20, 372), (240, 372), (240, 446), (-20, 446)]), (112, 380), True),
    ('back-of-knee', poly([(-20, 62), (240, 62), (240, 150), (-20, 150)]), (112, 100), True),
    ('upper-calf-outer', path(lat_head), (72, 200), True),
    ('upper-calf-inner', path(med_head), (152, 220), True),
    ('achilles', path([(94, 396), (130, 396), (126, 455), (126, 500), (132, 524), (92, 524), (98, 500), (98, 455)]), (112, 470), True),
    ('heel', path([(76, 548), (96, 534), (112, 530), (128, 534), (148, 548), (150, 610, 'c'), (74, 610, 'c')]), (112, 560), True),
]

doc = {
    'format': 1,
    'view-box': [0, 0, W, H],
    'silhouette': path(silhouette_pts),
    'layers': [
        {'id': 'skin', 'style': 'skin', 'd': path(silhouette_pts)},
        {'id': 'soleus', 'style': 'muscle-deep', 'd': path(soleus)},
        {'id': 'hamstring-lateral', 'style': 'muscle-deep', 'd': path(ham_lat)},
        {'id': 'hamstring-medial', 'style': 'muscle-deep', 'd': path(ham_med)},
        {'id': 'popliteal-fossa', 'style': 'hollow', 'd': path(fossa)},
        {'id': 'achilles-tendon', 'style': 'tendon', 'd': path(tendon)},
        {'id': 'gastrocnemius-lateral', 'style': 'muscle', 'd': path(lat_head)},
        {'id': 'gastrocnemius-medial', 'style': 'muscle', 'd': path(med_head)},
        {'id': 'gastrocnemius-lateral-sheen', 'style': 'sheen', 'd': path(lat_light)},
        {'id': 'gastrocnemius-medial-sheen', 'style': 'sheen', 'd': path(med_light)},
        {'id': 'heel', 'style': 'heel', 'd': path(heel)},
        {'id': 'malleolus-lateral', 'style': 'bone', 'd': path(mall_lat)},
        {'id': 'malleolus-medial', 'style': 'bone', 'd': path(mall_med)},
        {'id': 'knee-crease', 'style': 'crease', 'd': path(crease, closed=False)},
        {'id': 'outline', 'style': 'outline', 'd': path(silhouette_pts)},
    ],
    'regions': [{'id': r[0], 'd': r[1], 'anchor': list(r[2]), **({} if r[3] else {'exclusive': False})} for r in regions],
}
with open(sys.argv[1], 'w') as f:
    json.dump(doc, f, indent=2)
    f.write('\n')

/*
 * Native half of the Linux audio bridge (loaded with ctypes by agent_console/audio/native.py).
 *
 * Why C: the Python bridge port ran a SWIG director on pjmedia's 20 ms clock thread, so every
 * tick had to take CPython's GIL. Any thread holding the GIL delayed the tick (underruns, gaps),
 * and the callbacks plus the numpy work cost ~2.5 % of a core per call. Here the pjmedia port and
 * the two drift FIFOs are plain C: the clock thread never touches Python, and the device threads
 * (Python, blocking in libpulse) only call acb_fifo_read/acb_fifo_write, which release the GIL.
 *
 * pjproject's headers are not shipped with the pjsua2 wheel, so the few structures used here are
 * declared by hand for pjproject 2.15 (x86-64/aarch64 LP64 layout) and *checked at run time*
 * against a port pjmedia builds itself (acb_check_layout); on any mismatch the app keeps the
 * Python port. Functions are looked up in the already loaded _pjsua2 module with dlsym.
 *
 * The FIFO is a port of agent_console/audio/drift.py (same algorithm, same counters, tested with
 * the same tests): a single-producer/single-consumer ring; the consumer reads through a
 * sample-slip resampler steered by a P controller on the smoothed fill level.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#define ACB_API __attribute__((visibility("default")))

/* ------------------------------------------------------------------------------------------ */
/* FIFO                                                                                        */
/* ------------------------------------------------------------------------------------------ */

#define FADE 32 /* samples (2 ms at 16 kHz): enough to make a fade inaudible as a click */

typedef struct acb_fifo {
    float *buf;
    int64_t cap;
    _Atomic int64_t w;          /* total samples written (producer-owned) */
    _Atomic int64_t r;          /* total samples consumed (consumer-owned) */
    double nominal, target, max_corr, max_excess;
    double frac, smoothed, corr; /* consumer-owned */
    int primed;
    float last;
    _Atomic int64_t dropped, inserted, underruns, overruns;
    _Atomic int refs;
    _Atomic int reset_requested;  /* set by any thread, carried out by the consumer */
} acb_fifo;

typedef struct acb_fifo_counters {
    double level, target, corr;
    int64_t dropped, inserted, underruns, overruns;
} acb_fifo_counters;

ACB_API acb_fifo *acb_fifo_new(double in_rate, double out_rate, double target_ms, double capacity_ms,
                               double max_correction)
{
    acb_fifo *f = calloc(1, sizeof(*f));
    if (!f)
        return NULL;
    f->nominal = in_rate / out_rate;
    f->target = fmax(1.0, in_rate * target_ms / 1000.0);
    f->cap = (int64_t)(in_rate * capacity_ms / 1000.0);
    f->buf = calloc((size_t)f->cap, sizeof(float));
    if (!f->buf) {
        free(f);
        return NULL;
    }
    f->max_corr = max_correction;
    f->max_excess = fmax(2 * f->target, in_rate * 0.06);
    atomic_init(&f->refs, 1);
    return f;
}

ACB_API void acb_fifo_release(acb_fifo *f)
{
    if (f && atomic_fetch_sub(&f->refs, 1) == 1) {
        free(f->buf);
        free(f);
    }
}

static void fifo_retain(acb_fifo *f) { atomic_fetch_add(&f->refs, 1); }

ACB_API void acb_fifo_write(acb_fifo *f, const float *samples, int64_t n)
{
    int64_t w = atomic_load_explicit(&f->w, memory_order_relaxed);
    int64_t r = atomic_load_explicit(&f->r, memory_order_acquire);
    int64_t free_ = f->cap - (w - r);
    if (n > free_) {
        atomic_fetch_add(&f->dropped, n - free_);
        atomic_fetch_add(&f->overruns, 1);
        n = free_;
    }
    if (n <= 0)
        return;
    int64_t start = w % f->cap;
    int64_t first = n < f->cap - start ? n : f->cap - start;
    memcpy(f->buf + start, samples, (size_t)first * sizeof(float));
    if (first < n)
        memcpy(f->buf, samples + first, (size_t)(n - first) * sizeof(float));
    atomic_store_explicit(&f->w, w + n, memory_order_release);
}

ACB_API int64_t acb_fifo_level(acb_fifo *f)
{
    return atomic_load_explicit(&f->w, memory_order_acquire) - atomic_load_explicit(&f->r, memory_order_acquire);
}

static inline float at(const acb_fifo *f, int64_t pos) { return f->buf[pos % f->cap]; }

/* n output samples from the next m input samples; advances the read position by m. */
static void take(acb_fifo *f, float *out, int64_t n, int64_t m)
{
    int64_t r = atomic_load_explicit(&f->r, memory_order_relaxed);
    if (m == n) {
        for (int64_t k = 0; k < n; k++)
            out[k] = at(f, r + k);
    } else {
        double step = (double)m / (double)n;
        for (int64_t k = 0; k < n; k++) {
            double pos = (double)k * step;
            int64_t i = (int64_t)pos;
            float fr = (float)(pos - (double)i);
            float a = at(f, r + i);
            out[k] = a + (at(f, r + i + 1) - a) * fr;
        }
    }
    atomic_store_explicit(&f->r, r + m, memory_order_release);
}

static void underrun(acb_fifo *f, float *out, int64_t n, int64_t level)
{
    int64_t usable = level < n ? level : n;
    if (usable < 0)
        usable = 0;
    memset(out, 0, (size_t)n * sizeof(float));
    if (usable > 0) {
        take(f, out, usable, usable);
        int64_t k = usable < FADE ? usable : FADE;
        for (int64_t j = 0; j < k; j++)   /* linspace(1, 0, k) over the last k samples */
            out[usable - k + j] *= k > 1 ? 1.0f - (float)j / (float)(k - 1) : 1.0f;
    } else {
        int64_t k = n < FADE ? n : FADE;
        for (int64_t j = 0; j < k; j++)
            out[j] = f->last * (k > 1 ? 1.0f - (float)j / (float)(k - 1) : 1.0f);
    }
    atomic_fetch_add(&f->inserted, n - usable);
    atomic_fetch_add(&f->underruns, 1);
    f->primed = 0;
    f->frac = 0.0;
    f->last = 0.0f;
}

/* Exactly n output samples, always (silence when not primed). */
static void reset_now(acb_fifo *f)
{
    atomic_store_explicit(&f->r, atomic_load_explicit(&f->w, memory_order_acquire), memory_order_release);
    f->frac = 0.0;
    f->primed = 0;
}

ACB_API void acb_fifo_read(acb_fifo *f, float *out, int64_t n)
{
    if (atomic_exchange(&f->reset_requested, 0))
        reset_now(f);
    int64_t level = acb_fifo_level(f);
    int fade_in = 0;
    float xfade[FADE];
    int64_t nx = 0;
    if (!f->primed) {
        if ((double)level < f->target) {
            if (atomic_load(&f->underruns))    /* re-priming after a gap: this silence is inserted */
                atomic_fetch_add(&f->inserted, n);
            memset(out, 0, (size_t)n * sizeof(float));
            return;
        }
        f->primed = 1;
        f->smoothed = (double)level;
        fade_in = 1;
    } else if ((double)level > f->target + f->max_excess) {
        /* Far too much buffered (the consumer stalled): jump back to the target once, crossfading. */
        int64_t r = atomic_load_explicit(&f->r, memory_order_relaxed);
        nx = n < FADE ? n : FADE;
        for (int64_t j = 0; j < nx; j++)
            xfade[j] = at(f, r + j);
        int64_t skip = (int64_t)((double)level - f->target);
        atomic_store_explicit(&f->r, r + skip, memory_order_release);
        atomic_fetch_add(&f->dropped, skip);
        atomic_fetch_add(&f->overruns, 1);
        level -= skip;
        f->smoothed = (double)level;
    }
    /* Slow P controller on the smoothed level: an error of one target -> 2 % rate (tau ~1.5 s). */
    f->smoothed += 0.02 * ((double)level - f->smoothed);
    double err = (f->smoothed - f->target) / f->target;
    double corr = 0.02 * err;
    f->corr = corr > f->max_corr ? f->max_corr : (corr < -f->max_corr ? -f->max_corr : corr);
    double want = (double)n * f->nominal * (1.0 + f->corr) + f->frac;
    int64_t m = (int64_t)nearbyint(want);      /* round half to even, like Python's round() */
    if (m + 1 > level) {                       /* interpolation looks one sample ahead */
        int64_t squeezed = level - 1;
        if ((double)squeezed < (double)n * f->nominal * (1.0 - f->max_corr)) {
            underrun(f, out, n, level);
            return;
        }
        m = squeezed;
        want = (double)squeezed;
    }
    f->frac = want - (double)m;
    take(f, out, n, m);
    if (fade_in) {
        int64_t k = n < FADE ? n : FADE;
        for (int64_t j = 0; j < k; j++)
            out[j] *= k > 1 ? (float)j / (float)(k - 1) : 0.0f;
    }
    for (int64_t j = 0; j < nx; j++) {
        float ramp = nx > 1 ? (float)j / (float)(nx - 1) : 0.0f;
        out[j] = xfade[j] * (1.0f - ramp) + out[j] * ramp;
    }
    f->last = out[n - 1];
}

/* A consumer that finds the FIFO short while primed gives the producer up to max_wait_us to
 * deliver before reading. Why: after the VM or the sound server stalled both sides for tens of
 * ms, both catch up in bursts; when the consumer's burst comes first, the plain read would open a
 * gap and re-prime (15+ ms of silence) for a shortage that lasts a millisecond. Only C consumers
 * (the clock thread, the speaker pump) wait; they are already late when this happens. */
#define WAIT_STEP_NS 250000L
ACB_API void acb_fifo_read_wait(acb_fifo *f, float *out, int64_t n, long max_wait_us)
{
    if (f->primed) {
        double need = (double)n * f->nominal * (1.0 - f->max_corr) + 1.0;
        for (long waited = 0; (double)acb_fifo_level(f) < need && waited < max_wait_us * 1000L;
             waited += WAIT_STEP_NS) {
            struct timespec ts = {0, WAIT_STEP_NS};
            nanosleep(&ts, NULL);
        }
    }
    acb_fifo_read(f, out, n);
}

/* Drop everything buffered (a call started, the echo test toggled). Any thread may ask; the
 * consumer does it at its next read, so the consumer-owned read position and controller state are
 * only ever written by the consumer (the clock thread or a device thread may be reading now). */
ACB_API void acb_fifo_reset(acb_fifo *f)
{
    atomic_store(&f->reset_requested, 1);
}

ACB_API void acb_fifo_stats(acb_fifo *f, acb_fifo_counters *s)
{
    s->level = (double)acb_fifo_level(f);
    s->target = f->target;
    s->corr = f->corr;
    s->dropped = atomic_load(&f->dropped);
    s->inserted = atomic_load(&f->inserted);
    s->underruns = atomic_load(&f->underruns);
    s->overruns = atomic_load(&f->overruns);
}

/* ------------------------------------------------------------------------------------------ */
/* pjmedia port                                                                                */
/* ------------------------------------------------------------------------------------------ */

/* pjproject 2.15 declarations (LP64), only what is used; verified by acb_check_layout(). */
typedef int pj_status_t;
typedef struct { char *ptr; long slen; } pj_str_t;
typedef struct pjport pjport;
typedef struct {
    int type;               /* pjmedia_frame_type: 0 NONE, 1 AUDIO */
    void *buf;
    size_t size;            /* bytes */
    uint64_t timestamp;
    uint32_t bit_info;
} pjframe;
struct pjport {
    struct {                /* pjmedia_port_info */
        pj_str_t name;
        uint32_t signature;
        int dir;
        struct {            /* pjmedia_format */
            uint32_t id;
            int type;
            int detail_type;
            union {
                struct { unsigned clock_rate, channel_count, frame_time_usec, bits_per_sample;
                         uint32_t avg_bps, max_bps; } aud;
                struct { unsigned w, h; int num, denum; uint32_t avg_bps, max_bps; } vid;
                char user[1];
            } det;
        } fmt;
    } info;
    struct { void *pdata; long ldata; } port_data;
    void *grp_lock;
    void *(*get_clock_src)(pjport *, int);
    pj_status_t (*put_frame)(pjport *, pjframe *);
    pj_status_t (*get_frame)(pjport *, pjframe *);
    pj_status_t (*on_destroy)(pjport *);
};
_Static_assert(offsetof(pjport, port_data) == 64, "pjmedia_port_info is 64 bytes in 2.15 (LP64)");
_Static_assert(offsetof(pjport, put_frame) == 96, "pjmedia_port.put_frame offset");
_Static_assert(offsetof(pjport, on_destroy) == 112, "pjmedia_port.on_destroy offset");
_Static_assert(offsetof(pjframe, size) == 16, "pjmedia_frame.size offset");

static struct {
    void *module;
    void *(*pool_create)(const char *, size_t, size_t);
    void (*pool_release)(void *);
    pj_status_t (*port_info_init)(void *, const pj_str_t *, unsigned, unsigned, unsigned, unsigned, unsigned);
    pj_status_t (*port_init_grp_lock)(pjport *, void *, void *);
    pj_status_t (*port_destroy)(pjport *);
    pj_status_t (*null_port_create)(void *, unsigned, unsigned, unsigned, unsigned, pjport **);
    pj_status_t (*conf_add_port)(void *, pjport *, int *);
    pj_status_t (*conf_remove_port)(int);
    pj_status_t (*conf_connect)(int, int);
    pj_status_t (*conf_disconnect)(int, int);
} pj;

#define LOOKUP(field, name)                                                                         \
    do {                                                                                            \
        *(void **)&pj.field = dlsym(pj.module, name);                                               \
        if (!pj.field)                                                                              \
            return -2;                                                                              \
    } while (0)

/* Bind to the _pjsua2 module Python has already loaded (0 = ok, -1 not loaded, -2 symbol missing). */
ACB_API int acb_bind(const char *pjsua2_module_path)
{
    pj.module = dlopen(pjsua2_module_path, RTLD_NOW | RTLD_NOLOAD);
    if (!pj.module)
        return -1;
    LOOKUP(pool_create, "pjsua_pool_create");
    LOOKUP(pool_release, "pj_pool_release");
    LOOKUP(port_info_init, "pjmedia_port_info_init");
    LOOKUP(port_init_grp_lock, "pjmedia_port_init_grp_lock");
    LOOKUP(port_destroy, "pjmedia_port_destroy");
    LOOKUP(null_port_create, "pjmedia_null_port_create");
    LOOKUP(conf_add_port, "pjsua_conf_add_port");
    LOOKUP(conf_remove_port, "pjsua_conf_remove_port");
    LOOKUP(conf_connect, "pjsua_conf_connect");
    LOOKUP(conf_disconnect, "pjsua_conf_disconnect");
    return 0;
}

static int in_module(void *fn)
{
    Dl_info a, b;
    if (!fn || !dladdr(fn, &a) || !dladdr((void *)pj.conf_add_port, &b))
        return 0;
    return a.dli_fbase == b.dli_fbase;
}

/* Ask pjmedia for a null port and read it through our declarations: the audio format fields must
 * hold what we asked for and the frame callbacks must point into pjmedia's own code. Engine thread,
 * after libInit. 0 = layout confirmed; a negative number names the first check that failed. */
ACB_API int acb_check_layout(void)
{
    if (!pj.module)
        return -1;
    void *pool = pj.pool_create("acb-check", 512, 512);
    if (!pool)
        return -2;
    pjport *np = NULL;
    int rc = 0;
    if (pj.null_port_create(pool, 16000, 1, 320, 16, &np) != 0 || !np)
        rc = -3;
    else if (np->info.fmt.det.aud.clock_rate != 16000 || np->info.fmt.det.aud.channel_count != 1
             || np->info.fmt.det.aud.bits_per_sample != 16 || np->info.fmt.det.aud.frame_time_usec != 20000)
        rc = -4;
    else if (np->grp_lock != NULL || !in_module((void *)np->put_frame) || !in_module((void *)np->get_frame))
        rc = -5;
    else if (np->on_destroy && !in_module((void *)np->on_destroy))
        rc = -6;
    if (np)
        pj.port_destroy(np);
    pj.pool_release(pool);
    return rc;
}

#define SPF_MAX 4800 /* 100 ms at 48 kHz */

typedef struct acb_port {
    pjport base;                 /* first: pjmedia hands us &base */
    char name[32];
    void *pool;
    acb_fifo *speaker, *mic;
    unsigned spf;
    int slot;
    _Atomic int call_active, muted, retired;
    _Atomic uint32_t mic_gain;   /* float bits */
    _Atomic int64_t from_call, to_call;
    int64_t last_tick_ns;               /* clock thread only */
    _Atomic int64_t late_ticks, burst_ticks, max_gap_us;
    float scratch_in[SPF_MAX], scratch_out[SPF_MAX];
} acb_port;

static _Atomic int destroyed_ports;
static _Atomic int clock_priority;   /* 0 not yet, 1 SCHED_RR, 2 nice -10, 3 neither */

/* pjmedia's clock thread is the bridge's heartbeat: same priority as our device threads (see
 * agent_console/audio/priority.py), granted once, from the thread itself. */
static void boost_clock_thread(void)
{
    struct sched_param sp = {.sched_priority = 5};
    int got = 3;
    if (pthread_setschedparam(pthread_self(), SCHED_RR, &sp) == 0)
        got = 1;
    else if (setpriority(PRIO_PROCESS, (id_t)gettid(), -10) == 0)
        got = 2;
    atomic_store(&clock_priority, got);
}

ACB_API int acb_clock_priority(void) { return atomic_load(&clock_priority); }

/* Gains are floats shared between threads: stored as their bits in an atomic word. */
static float load_gain(_Atomic uint32_t *g)
{
    uint32_t bits = atomic_load_explicit(g, memory_order_relaxed);
    float v;
    memcpy(&v, &bits, sizeof v);
    return v;
}

static void store_gain(_Atomic uint32_t *g, float v)
{
    uint32_t bits;
    memcpy(&bits, &v, sizeof bits);
    atomic_store_explicit(g, bits, memory_order_relaxed);
}

static inline float clip1(float x) { return x > 1.0f ? 1.0f : (x < -1.0f ? -1.0f : x); }

/* pjmedia clock thread: the far end's audio, on its way to the speaker FIFO. */
static pj_status_t port_put_frame(pjport *base, pjframe *frame)
{
    acb_port *p = (acb_port *)base;
    if (frame->type != 1 || frame->size == 0)
        return 0;
    atomic_fetch_add_explicit(&p->from_call, 1, memory_order_relaxed);
    if (atomic_load(&p->retired) || !atomic_load(&p->call_active))
        return 0;
    size_t n = frame->size / 2;
    if (n > SPF_MAX)
        n = SPF_MAX;
    const int16_t *pcm = frame->buf;
    for (size_t k = 0; k < n; k++)
        p->scratch_in[k] = (float)pcm[k] * (1.0f / 32768.0f);
    acb_fifo_write(p->speaker, p->scratch_in, (int64_t)n);
    return 0;
}

/* pjmedia clock thread: the microphone, into the call. */
static pj_status_t port_get_frame(pjport *base, pjframe *frame)
{
    acb_port *p = (acb_port *)base;
    if (atomic_load(&p->retired)) {
        frame->type = 0;
        frame->size = 0;
        return 0;
    }
    size_t n = frame->size / 2;
    if (n == 0 || n > SPF_MAX)
        n = p->spf;
    if (atomic_fetch_add_explicit(&p->to_call, 1, memory_order_relaxed) == 0 && !atomic_load(&clock_priority))
        boost_clock_thread();
    /* Tick regularity (diagnostics): late = more than 1.5 frames since the last tick, burst = less
     * than half a frame (pjmedia's clock catching up after a late tick). */
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int64_t t = (int64_t)now.tv_sec * 1000000000LL + now.tv_nsec;
    if (p->last_tick_ns) {
        int64_t gap_us = (t - p->last_tick_ns) / 1000;
        int64_t frame_us = (int64_t)p->spf * 1000000LL / (int64_t)p->base.info.fmt.det.aud.clock_rate;
        if (gap_us > frame_us * 3 / 2)
            atomic_fetch_add_explicit(&p->late_ticks, 1, memory_order_relaxed);
        else if (gap_us < frame_us / 2)
            atomic_fetch_add_explicit(&p->burst_ticks, 1, memory_order_relaxed);
        if (gap_us > atomic_load_explicit(&p->max_gap_us, memory_order_relaxed))
            atomic_store_explicit(&p->max_gap_us, gap_us, memory_order_relaxed);
    }
    p->last_tick_ns = t;
    acb_fifo_read_wait(p->mic, p->scratch_out, (int64_t)n, 4000);
    float gain = atomic_load(&p->muted) ? 0.0f : load_gain(&p->mic_gain);
    int16_t *pcm = frame->buf;
    for (size_t k = 0; k < n; k++) {
        pcm[k] = (int16_t)lrintf(clip1(p->scratch_out[k] * gain) * 32767.0f);
    }
    frame->type = 1;
    frame->size = n * 2;
    return 0;
}

/* Last reference gone (the conference finished removing us, or libDestroy tore it down). */
static pj_status_t port_on_destroy(pjport *base)
{
    acb_port *p = (acb_port *)base;
    acb_fifo_release(p->speaker);
    acb_fifo_release(p->mic);
    void *pool = p->pool;
    free(p);
    pj.pool_release(pool);
    atomic_fetch_add(&destroyed_ports, 1);
    return 0;
}

/* Engine thread. Returns the port with its conference slot in *slot, or NULL with *status set. */
ACB_API acb_port *acb_port_create(acb_fifo *speaker, acb_fifo *mic, unsigned rate, unsigned spf, int *slot,
                                  int *status)
{
    *status = -1;
    if (!pj.module || spf == 0 || spf > SPF_MAX)
        return NULL;
    acb_port *p = calloc(1, sizeof(*p));
    if (!p)
        return NULL;
    strcpy(p->name, "agent-console-bridge");
    p->pool = pj.pool_create("acb-port", 512, 512);
    if (!p->pool) {
        free(p);
        return NULL;
    }
    pj_str_t name = {p->name, (long)strlen(p->name)};
    *status = pj.port_info_init(&p->base.info, &name, 0x41434250 /* "ACBP" */, rate, 1, 16, spf);
    if (*status != 0) {
        pj.pool_release(p->pool);
        free(p);
        return NULL;
    }
    p->spf = spf;
    p->speaker = speaker;
    p->mic = mic;
    fifo_retain(speaker);
    fifo_retain(mic);
    store_gain(&p->mic_gain, 1.0f);
    p->base.put_frame = port_put_frame;
    p->base.get_frame = port_get_frame;
    p->base.on_destroy = port_on_destroy;
    *status = pj.port_init_grp_lock(&p->base, p->pool, NULL);   /* our reference */
    if (*status == 0)
        *status = pj.conf_add_port(p->pool, &p->base, &p->slot);
    if (*status != 0) {
        if (p->base.grp_lock)
            pj.port_destroy(&p->base);        /* drops our reference: on_destroy frees */
        else
            port_on_destroy(&p->base);
        return NULL;
    }
    *slot = p->slot;
    return p;
}

ACB_API void acb_port_set(acb_port *p, int call_active, int muted, float mic_gain)
{
    store_gain(&p->mic_gain, mic_gain);
    atomic_store(&p->muted, muted);
    atomic_store(&p->call_active, call_active);
}

ACB_API void acb_port_counters(acb_port *p, int64_t *from_call, int64_t *to_call)
{
    *from_call = atomic_load(&p->from_call);
    *to_call = atomic_load(&p->to_call);
}

ACB_API void acb_port_timing(acb_port *p, int64_t *late, int64_t *burst, int64_t *max_gap_us)
{
    *late = atomic_load(&p->late_ticks);
    *burst = atomic_load(&p->burst_ticks);
    *max_gap_us = atomic_load(&p->max_gap_us);
}

/* Engine thread: connect conference slots (our port and a call's media). */
ACB_API int acb_conf_connect(int src, int dst) { return pj.conf_connect(src, dst); }
ACB_API int acb_conf_disconnect(int src, int dst) { return pj.conf_disconnect(src, dst); }

/* Engine thread, before libDestroy: silence at once, leave the conference, drop our reference.
 * The conference holds its own reference until its asynchronous removal is done, so the memory
 * stays valid for any clock tick still in flight; on_destroy frees it afterwards. The caller must
 * not use the pointer again. */
ACB_API void acb_port_retire(acb_port *p)
{
    atomic_store(&p->retired, 1);
    pj.conf_remove_port(p->slot);
    pj.port_destroy(&p->base);
}

ACB_API int acb_destroyed_ports(void) { return atomic_load(&destroyed_ports); }

/* ------------------------------------------------------------------------------------------ */
/* Device pump: the hot path of a device thread                                                */
/* ------------------------------------------------------------------------------------------ */

/* A device thread (Python, boosted) opens its PulseAudio stream and, while nothing but the call
 * needs that stream (no tone, meter, echo test), hands it to acb_pump: the per-block work then
 * runs here without the GIL. Python stops the pump (acb_ctl_stop) on any change that needs its own
 * loop; the pump returns after the block in flight. */
typedef int (*pa_io_fn)(void *stream, void *data, size_t bytes, int *error);

typedef struct acb_ctl {
    _Atomic int run;
    _Atomic uint32_t gain;       /* float bits: speaker volume */
    _Atomic int64_t blocks;
    /* Device regularity (diagnostics): a playback block that returns more than late_us after the
     * one before has let PulseAudio's buffer run dry (an underrun the server sees and pa_simple does
     * not report); max_gap_us is the longest interval, either direction. */
    _Atomic int64_t late_us, late_blocks, max_gap_us;
} acb_ctl;

static int64_t mono_us(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000000LL + now.tv_nsec / 1000;
}

ACB_API acb_ctl *acb_ctl_new(void)
{
    acb_ctl *c = calloc(1, sizeof(*c));
    if (c)
        store_gain(&c->gain, 1.0f);
    return c;
}

ACB_API void acb_ctl_free(acb_ctl *c) { free(c); }
ACB_API void acb_ctl_arm(acb_ctl *c) { atomic_store(&c->run, 1); }
ACB_API void acb_ctl_stop(acb_ctl *c) { atomic_store(&c->run, 0); }
ACB_API int64_t acb_ctl_blocks(acb_ctl *c) { return atomic_load(&c->blocks); }

ACB_API void acb_ctl_set_gain(acb_ctl *c, float gain)
{
    store_gain(&c->gain, gain);
}

ACB_API void acb_ctl_set_late_us(acb_ctl *c, int64_t late_us) { atomic_store(&c->late_us, late_us); }

ACB_API void acb_ctl_timing(acb_ctl *c, int64_t *late_blocks, int64_t *max_gap_us)
{
    *late_blocks = atomic_load(&c->late_blocks);
    *max_gap_us = atomic_load(&c->max_gap_us);
}

ACB_API void acb_ctl_reset_timing(acb_ctl *c)
{
    atomic_store(&c->late_blocks, 0);
    atomic_store(&c->max_gap_us, 0);
}

/* playback: FIFO -> speaker volume -> stream; record: stream -> FIFO. Returns 0 when stopped,
 * -1 when the stream failed (*pa_error set: the device is gone). */
ACB_API int acb_pump(acb_ctl *c, int playback, void *stream, void *io, acb_fifo *fifo, int64_t n, int *pa_error)
{
    pa_io_fn fn = (pa_io_fn)io;
    float buf[SPF_MAX];
    if (n <= 0 || n > SPF_MAX)
        return -2;
    int64_t prev_us = 0;   /* the first block after a hand-over from Python is not timed */
    while (atomic_load(&c->run)) {
        if (playback) {
            acb_fifo_read_wait(fifo, buf, n, 4000);
            float gain = load_gain(&c->gain);
            if (gain != 1.0f)
                for (int64_t k = 0; k < n; k++)
                    buf[k] = clip1(buf[k] * gain);
            if (fn(stream, buf, (size_t)n * sizeof(float), pa_error) < 0)
                return -1;
        } else {
            if (fn(stream, buf, (size_t)n * sizeof(float), pa_error) < 0)
                return -1;
            acb_fifo_write(fifo, buf, n);
        }
        int64_t now_us = mono_us();
        if (prev_us) {
            int64_t gap = now_us - prev_us, late = atomic_load_explicit(&c->late_us, memory_order_relaxed);
            if (playback && late > 0 && gap > late)
                atomic_fetch_add_explicit(&c->late_blocks, 1, memory_order_relaxed);
            if (gap > atomic_load_explicit(&c->max_gap_us, memory_order_relaxed))
                atomic_store_explicit(&c->max_gap_us, gap, memory_order_relaxed);
        }
        prev_us = now_us;
        atomic_fetch_add_explicit(&c->blocks, 1, memory_order_relaxed);
    }
    return 0;
}

/**
 * Code evaluated in the benchmark's Chromium pages, as plain JavaScript text (functions compiled
 * by tsx would carry helper calls that do not exist in the page).
 *
 * How a frame is measured: Konva normally draws a layer on the next animation frame after
 * `batchDraw()`. The benchmark records which layers asked to be drawn and draws exactly those
 * synchronously, then reads one pixel back from each, which makes Chromium finish rasterising
 * the canvas. A frame's time is from the change (view moved, pointer moved) to that point: the
 * work a frame costs, without the wait for the display's next refresh.
 */
export const PAGE_HELPERS = String.raw`
window.__bench = (() => {
  const dirty = new Set();
  function patch() {
    const proto = window.Konva.Layer.prototype;
    if (proto.__benchPatched) return;
    proto.__benchPatched = true;
    proto.batchDraw = function () { dirty.add(this); return this; };
  }
  function flushDraw() {
    const layers = [...dirty];
    dirty.clear();
    for (const l of layers) l.draw();
    for (const l of layers) l.getCanvas()._canvas.getContext('2d').getImageData(0, 0, 1, 1);
  }
  function percentile(values, p) {
    const s = [...values].sort((a, b) => a - b);
    if (s.length === 0) return NaN;
    return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  }
  function loop(ms, step) {
    return new Promise((resolve) => {
      const times = [];
      const start = performance.now();
      let i = 0;
      function frame() {
        if (performance.now() - start > ms && times.length >= 5) return resolve({ p50: percentile(times, 0.5), p95: percentile(times, 0.95), frames: times.length });
        const t0 = performance.now();
        step(i++);
        flushDraw();
        times.push(performance.now() - t0);
        requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
    });
  }
  const settle = (ms) => new Promise((r) => setTimeout(r, ms));

  /** The two boards under test behind one interface. */
  function adapter(variant) {
    if (variant === 'verkstad') {
      const c = window.__VERKSTAD_BENCH__.controller;
      const container = document.querySelector('[data-testid="board-canvas"]');
      return {
        size: () => ({ w: c.size.w, h: c.size.h }),
        shapes: () => c.board.shapes,
        setView: (v) => c.applyView(v, false),
        getView: () => ({ ...c.view }),
        startDrag(shape, view) {
          const r = container.getBoundingClientRect();
          const x = r.left + view.x + (shape.x + shape.w / 2) * view.scale;
          const y = r.top + view.y + (shape.y + shape.h / 2) * view.scale;
          const fire = (type, dx) => container.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, clientX: x + dx, clientY: y + dx / 2, button: 0, buttons: type === 'pointerup' ? 0 : 1, pointerId: 1, isPrimary: true, pointerType: 'mouse' }));
          fire('pointerdown', 0);
          return { move: (i) => fire('pointermove', 2 * (i + 1)), end: (i) => fire('pointerup', 2 * (i + 1)) };
        },
      };
    }
    const stage = window.__naive.stage();
    const layer = stage.getLayers()[0];
    let shapes = null;
    return {
      size: () => ({ w: stage.width(), h: stage.height() }),
      shapes: () => shapes || (shapes = window.__naiveBoard.shapes),
      setView(v) {
        stage.position({ x: v.x, y: v.y });
        stage.scale({ x: v.scale, y: v.scale });
        stage.batchDraw();
      },
      getView: () => ({ x: stage.x(), y: stage.y(), scale: stage.scaleX() }),
      startDrag(shape) {
        const group = stage.findOne('#' + shape.id);
        const x0 = group.x();
        const y0 = group.y();
        return {
          move: (i) => { group.position({ x: x0 + 2 * (i + 1), y: y0 + (i + 1) }); layer.batchDraw(); },
          end: () => {},
        };
      },
    };
  }

  function bounds(shapes) {
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (const s of shapes) { x1 = Math.min(x1, s.x); y1 = Math.min(y1, s.y); x2 = Math.max(x2, s.x + s.w); y2 = Math.max(y2, s.y + s.h); }
    return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
  }

  function viewFor(kind, a) {
    const size = a.size();
    const b = bounds(a.shapes());
    if (kind.endsWith('%')) {
      const scale = parseFloat(kind) / 100;
      return { scale, x: size.w / 2 - (b.x + b.w / 2) * scale, y: size.h / 2 - (b.y + b.h / 2) * scale };
    }
    const scale = Math.min(1, (size.w - 96) / b.w, (size.h - 96) / b.h);
    return { scale, x: size.w / 2 - (b.x + b.w / 2) * scale, y: size.h / 2 - (b.y + b.h / 2) * scale };
  }

  /** Pan, zoom and drag in one view; returns the figures. */
  async function measureView(variant, kind, ms) {
    patch();
    const a = adapter(variant);
    const base = viewFor(kind, a);
    a.setView(base);
    flushDraw();
    await settle(400);
    a.setView(base);
    flushDraw();
    const pan = await loop(ms, (i) => { const v = a.getView(); a.setView({ ...v, x: v.x - 6, y: v.y - (i % 2) }); });
    a.setView(base);
    flushDraw();
    await settle(300);
    const size = a.size();
    const zoom = await loop(ms, (i) => {
      const scale = base.scale * (1 + 0.3 * Math.sin(i / 10));
      const cx = (size.w / 2 - base.x) / base.scale;
      const cy = (size.h / 2 - base.y) / base.scale;
      a.setView({ scale, x: size.w / 2 - cx * scale, y: size.h / 2 - cy * scale });
    });
    a.setView(base);
    flushDraw();
    await settle(400);
    // The shape nearest the middle of the view is dragged.
    const mid = { x: (size.w / 2 - base.x) / base.scale, y: (size.h / 2 - base.y) / base.scale };
    let best = null, bestD = Infinity;
    for (const s of a.shapes()) {
      if (s.type === 'swimlane') continue;
      const d = Math.hypot(s.x + s.w / 2 - mid.x, s.y + s.h / 2 - mid.y);
      if (d < bestD) { bestD = d; best = s; }
    }
    const drag = a.startDrag(best, base);
    flushDraw();
    let last = 0;
    const dragged = await loop(Math.min(ms, 2000), (i) => { last = i; drag.move(i); });
    drag.end(last);
    flushDraw();
    await settle(300);
    return { panP50Ms: pan.p50, panP95Ms: pan.p95, zoomP50Ms: zoom.p50, zoomP95Ms: zoom.p95, dragP95Ms: dragged.p95, frames: { pan: pan.frames, zoom: zoom.frames, drag: dragged.frames } };
  }

  /**
   * As the user sees it: real DOM input on Verkstad's canvas, each timed from the event to the
   * second animation frame after it (the first draws, the second comes once that frame is on its
   * way to the screen), so about 17–33 ms is the floor at 60 Hz. Runs before measureView, whose
   * patch makes drawing synchronous.
   */
  async function measureInput(ms) {
    const c = window.__VERKSTAD_BENCH__.controller;
    const container = document.querySelector('[data-testid="board-canvas"]');
    const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    async function timed(n, act) {
      const times = [];
      const start = performance.now();
      for (let i = 0; i < n || (performance.now() - start < ms && i < 400); i++) {
        const t0 = performance.now();
        act(i);
        await twoFrames();
        times.push(performance.now() - t0);
      }
      return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), n: times.length };
    }
    const rect = () => container.getBoundingClientRect();
    const size = { w: c.size.w, h: c.size.h };
    const shapes = c.board.shapes;
    const base = viewFor('100%', { size: () => size, shapes: () => shapes });
    c.applyView(base, false);
    await settle(400);
    const wheel = (init) => container.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: rect().left + size.w / 2, clientY: rect().top + size.h / 2, ...init }));
    const pan = await timed(20, (i) => wheel({ deltaX: 6, deltaY: i % 2 }));
    c.applyView(base, false);
    await settle(300);
    const zoom = await timed(20, (i) => wheel({ ctrlKey: true, deltaY: i % 20 < 10 ? -8 : 8 }));
    c.applyView(base, false);
    await settle(400);
    // Drag: the shape nearest the middle, with real pointer events.
    const mid = { x: (size.w / 2 - base.x) / base.scale, y: (size.h / 2 - base.y) / base.scale };
    let best = null, bestD = Infinity;
    for (const s of shapes) {
      if (s.type === 'swimlane') continue;
      const d = Math.hypot(s.x + s.w / 2 - mid.x, s.y + s.h / 2 - mid.y);
      if (d < bestD) { bestD = d; best = s; }
    }
    const r = rect();
    const x = r.left + base.x + (best.x + best.w / 2) * base.scale;
    const y = r.top + base.y + (best.y + best.h / 2) * base.scale;
    const fire = (type, dx, buttons) => container.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, clientX: x + dx, clientY: y + dx / 2, button: 0, buttons, pointerId: 1, isPrimary: true, pointerType: 'mouse' }));
    fire('pointermove', 0, 0);
    fire('pointerdown', 0, 1);
    let last = 0;
    const drag = await timed(20, (i) => { last = i; fire('pointermove', 2 * (i + 1), 1); });
    // Letting go commits the move: one history step, the index and the glued connectors updated.
    const t0 = performance.now();
    fire('pointerup', 2 * (last + 1), 0);
    await twoFrames();
    const commitMs = performance.now() - t0;
    await settle(300);
    // Nudge: Shift+→ on the selected shape, each a committed move.
    container.focus();
    const key = (type) => container.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, key: 'ArrowRight', code: 'ArrowRight', shiftKey: true }));
    const nudge = await timed(20, () => { key('keydown'); key('keyup'); });
    await settle(300);
    // The sharp redraw after a zoom settles, at scales from the whole board in view ("fit") to 100 %.
    const sharp = {};
    const probe = window.__VERKSTAD_BENCH__;
    const fit = viewFor('fit', { size: () => size, shapes: () => shapes }).scale;
    for (const [name, scale] of [['fit', fit], ['0.05', 0.05], ['0.1', 0.1], ['0.15', 0.15], ['0.2', 0.2], ['0.3', 0.3], ['0.5', 0.5], ['0.75', 0.75], ['1', 1]]) {
      const cx = size.w / 2, cy = size.h / 2;
      const wx = (cx - base.x) / base.scale, wy = (cy - base.y) / base.scale;
      c.applyView({ scale: scale * 1.1, x: cx - wx * scale * 1.1, y: cy - wy * scale * 1.1 }, false);
      await settle(500);
      c.applyView({ scale, x: cx - wx * scale, y: cy - wy * scale }, false);
      const draws = probe.sceneDraws;
      await settle(600);
      sharp[name] = probe.sceneDraws > draws ? probe.lastSceneDrawMs : NaN;
    }
    c.applyView(base, false);
    await settle(300);
    return {
      panFrameP95Ms: pan.p95, zoomFrameP95Ms: zoom.p95, dragFrameP95Ms: drag.p95, nudgeFrameP95Ms: nudge.p95,
      moveFrameP95Ms: Math.max(drag.p95, nudge.p95, commitMs), dragCommitMs: commitMs,
      sharpRedrawMs: sharp, sharpRedrawMaxMs: Math.max(...Object.values(sharp).filter((v) => !Number.isNaN(v))),
    };
  }

  return { measureView, measureInput, flushDraw };
})();
`;

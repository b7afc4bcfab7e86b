import type { i18n as I18n } from 'i18next';
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { MAX_NAME, MAX_TEXT, type PublicActivity } from '../shared/room/protocol';
import type { PhoneState, RoomSocket } from './socket';

type T = I18n['t'];

/** Moves focus to a screen's heading when the screen changes, so a screen reader announces it. */
function useFocusHeading(key: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

function Identify({ state, socket, t }: { state: PhoneState; socket: RoomSocket; t: T }) {
  const [name, setName] = useState('');
  const heading = useFocusHeading('identify');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') socket.identify({ kind: 'named', name: name.trim() });
  };
  const free = state.roster.filter((p) => !p.taken);
  return (
    <section aria-labelledby="identify-heading">
      <h1 id="identify-heading" tabIndex={-1} ref={heading}>
        {t('identify.heading')}
      </h1>
      {state.roster.length > 0 && (
        <>
          <h2>{t('identify.pick')}</h2>
          <ul className="names">
            {state.roster.map((p) => (
              <li key={p.id}>
                <button type="button" className="choice" disabled={p.taken} onClick={() => socket.identify({ kind: 'listed', participantId: p.id })}>
                  {p.taken ? t('identify.taken', { name: p.name }) : p.name}
                </button>
              </li>
            ))}
          </ul>
          {free.length > 0 && <h2>{t('identify.other')}</h2>}
        </>
      )}
      <form onSubmit={submit} className="stack">
        <label htmlFor="name">{t('identify.nameLabel')}</label>
        <input id="name" name="name" autoComplete="name" maxLength={MAX_NAME} value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <button type="submit" className="primary" disabled={name.trim() === ''}>
          {t('identify.join')}
        </button>
      </form>
      <div className="stack anonymous">
        <button type="button" className="secondary" onClick={() => socket.identify({ kind: 'anonymous' })}>
          {t('identify.anonymous')}
        </button>
        <p className="hint">{t('identify.anonymousHint')}</p>
      </div>
    </section>
  );
}

function ScalePoll({ activity, state, socket, t }: { activity: Extract<PublicActivity, { kind: 'poll' }>; state: PhoneState; socket: RoomSocket; t: T }) {
  const poll = activity.poll;
  if (poll.type !== 'scale') return null;
  const chosen = state.own?.kind === 'answer' && state.own.answer.kind === 'scale' ? state.own.answer.value : null;
  const values = Array.from({ length: poll.max - poll.min + 1 }, (_, i) => poll.min + i);
  return (
    <>
      <p className="hint" id="scale-hint">
        {t('poll.scaleHint', { min: poll.min, max: poll.max })}
      </p>
      {(poll.lowLabel || poll.highLabel) && (
        <p className="ends" aria-hidden>
          <span>
            {poll.min} = {poll.lowLabel}
          </span>
          <span>
            {poll.max} = {poll.highLabel}
          </span>
        </p>
      )}
      <div role="radiogroup" aria-labelledby="question" aria-describedby="scale-hint" className="scale">
        {values.map((value) => {
          const label = value === poll.min && poll.lowLabel ? `${value}: ${poll.lowLabel}` : value === poll.max && poll.highLabel ? `${value}: ${poll.highLabel}` : String(value);
          return (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={chosen === value}
              aria-label={label}
              className={chosen === value ? 'choice chosen' : 'choice'}
              onClick={() => socket.answer({ type: 'answer', activityId: activity.id, answer: { kind: 'scale', value } })}
            >
              {value}
            </button>
          );
        })}
      </div>
      {chosen !== null && (
        <p className="status" data-testid="own-answer">
          {t('poll.chosen', { answer: chosen })}
        </p>
      )}
    </>
  );
}

function ChoicePoll({ activity, state, socket, t }: { activity: Extract<PublicActivity, { kind: 'poll' }>; state: PhoneState; socket: RoomSocket; t: T }) {
  const poll = activity.poll;
  if (poll.type !== 'choice') return null;
  const chosen = state.own?.kind === 'answer' && state.own.answer.kind === 'choice' ? state.own.answer.option : null;
  return (
    <>
      <div role="radiogroup" aria-labelledby="question" className="options">
        {poll.options.map((option, index) => (
          <button
            key={index}
            type="button"
            role="radio"
            aria-checked={chosen === index}
            className={chosen === index ? 'choice chosen' : 'choice'}
            onClick={() => socket.answer({ type: 'answer', activityId: activity.id, answer: { kind: 'choice', option: index } })}
          >
            {option}
          </button>
        ))}
      </div>
      {chosen !== null && <p className="status">{t('poll.chosen', { answer: poll.options[chosen] ?? '' })}</p>}
    </>
  );
}

function TextPoll({ activity, state, socket, t }: { activity: Extract<PublicActivity, { kind: 'poll' }>; state: PhoneState; socket: RoomSocket; t: T }) {
  const [text, setText] = useState('');
  const sent = state.own?.kind === 'answer' && state.own.answer.kind === 'text' ? state.own.answer.text : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    socket.answer({ type: 'answer', activityId: activity.id, answer: { kind: 'text', text: text.trim() } });
    setText('');
  };
  return (
    <form onSubmit={submit} className="stack">
      <label htmlFor="text-answer">{t('poll.textLabel')}</label>
      <textarea id="text-answer" rows={3} maxLength={MAX_TEXT} value={text} onChange={(e) => setText(e.currentTarget.value)} aria-describedby="text-limit" />
      <p className="hint" id="text-limit">
        {t('ideas.limit', { max: MAX_TEXT })}
      </p>
      <button type="submit" className="primary" disabled={text.trim() === ''}>
        {t('poll.send')}
      </button>
      {sent !== null && <p className="status">{t('poll.sentText', { text: sent })}</p>}
    </form>
  );
}

function Dots({ activity, state, socket, t }: { activity: Extract<PublicActivity, { kind: 'dots' }>; state: PhoneState; socket: RoomSocket; t: T }) {
  const sent = state.own?.kind === 'dots' ? state.own.stickyIds : null;
  const [dots, setDots] = useState<string[]>(sent ?? []);
  // What the server holds (after a rejoin, say) becomes the phone's dots again.
  const sentKey = sent?.join(',') ?? '';
  const [seen, setSeen] = useState(sentKey);
  if (sentKey !== seen) {
    setSeen(sentKey);
    if (sentKey !== '') setDots(sentKey.split(','));
  }
  const left = activity.dotsPerPerson - dots.length;
  const countOn = (id: string) => dots.filter((d) => d === id).length;
  const remove = (id: string) => {
    const at = dots.lastIndexOf(id);
    if (at >= 0) setDots([...dots.slice(0, at), ...dots.slice(at + 1)]);
  };
  const unchanged = sent !== null && [...sent].sort().join(',') === [...dots].sort().join(',');
  return (
    <>
      <p className="hint">{t('dots.hint', { count: activity.dotsPerPerson })}</p>
      <p className="left" aria-live="polite" data-testid="dots-left">
        {t('dots.left', { count: left })}
      </p>
      <ul className="stickies">
        {activity.stickies.map((sticky) => {
          const count = countOn(sticky.id);
          return (
            <li key={sticky.id} className="sticky">
              <span className="sticky-text">{sticky.text}</span>
              <span className="sticky-controls">
                <button type="button" className="round" aria-label={t('dots.remove', { text: sticky.text })} disabled={count === 0} onClick={() => remove(sticky.id)}>
                  −
                </button>
                <span className="count" aria-label={t('dots.onSticky', { count })}>
                  {'●'.repeat(count) || '0'}
                </span>
                <button type="button" className="round" aria-label={t('dots.add', { text: sticky.text })} disabled={left === 0} onClick={() => setDots([...dots, sticky.id])}>
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" className="primary" disabled={dots.length === 0 || unchanged} onClick={() => socket.answer({ type: 'dots', activityId: activity.id, stickyIds: dots })}>
        {t('dots.send')}
      </button>
      {sent !== null && <p className="status">{t('dots.sent')}</p>}
    </>
  );
}

function Ideas({ activity, state, socket, t }: { activity: Extract<PublicActivity, { kind: 'ideas' }>; state: PhoneState; socket: RoomSocket; t: T }) {
  const [text, setText] = useState('');
  const mine = state.own?.kind === 'ideas' ? state.own.ideas : [];
  const identity = state.you?.identity ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    socket.idea(activity.id, text.trim());
    setText('');
  };
  return (
    <>
      <form onSubmit={submit} className="stack">
        <label htmlFor="idea">{t('ideas.label')}</label>
        <textarea id="idea" rows={3} maxLength={MAX_TEXT} value={text} onChange={(e) => setText(e.currentTarget.value)} aria-describedby={activity.suggestions ? 'idea-limit idea-who' : 'idea-limit'} />
        <p className="hint" id="idea-limit">
          {t('ideas.limit', { max: MAX_TEXT })}
        </p>
        {activity.suggestions && (
          <p className="hint" id="idea-who" data-testid="idea-who">
            {identity?.kind === 'named' ? t('ideas.named', { name: identity.name }) : t('ideas.anonymous')}
          </p>
        )}
        <button type="submit" className="primary" disabled={text.trim() === ''}>
          {t('ideas.send')}
        </button>
      </form>
      {mine.length > 0 && (
        <>
          <h2 className="status">{t('ideas.sent', { count: mine.length })}</h2>
          <ul className="mine">
            {mine.map((idea) => (
              <li key={idea.ideaId}>{idea.text}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Activity({ activity, state, socket, t }: { activity: PublicActivity; state: PhoneState; socket: RoomSocket; t: T }) {
  const heading = useFocusHeading(activity.id);
  // Without a prompt an idea round gets a heading of its own (the field's label under it says "Your idea").
  const title = activity.kind === 'poll' ? activity.question : activity.prompt || (activity.kind === 'ideas' ? t(activity.suggestions ? 'ideas.suggestionsHeading' : 'ideas.heading') : t('dots.send'));
  return (
    <section aria-labelledby="question" className="activity">
      <h1 id="question" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {activity.kind === 'poll' && activity.poll.type === 'scale' && <ScalePoll activity={activity} state={state} socket={socket} t={t} />}
      {activity.kind === 'poll' && activity.poll.type === 'choice' && <ChoicePoll activity={activity} state={state} socket={socket} t={t} />}
      {activity.kind === 'poll' && activity.poll.type === 'text' && <TextPoll key={activity.id} activity={activity} state={state} socket={socket} t={t} />}
      {activity.kind === 'dots' && <Dots key={activity.id} activity={activity} state={state} socket={socket} t={t} />}
      {activity.kind === 'ideas' && <Ideas activity={activity} state={state} socket={socket} t={t} />}
    </section>
  );
}

function Waiting({ t }: { t: T }) {
  const heading = useFocusHeading('waiting');
  return (
    <section aria-labelledby="waiting">
      <h1 id="waiting" tabIndex={-1} ref={heading} className="quiet">
        {t('waiting')}
      </h1>
    </section>
  );
}

/** What the server said about the last thing sent, read out by screen readers. */
function Notice({ state, t }: { state: PhoneState; t: T }) {
  const notice = state.notice;
  const text = notice === null ? '' : notice.kind === 'refused' ? t(`refused.${notice.reason}`) : notice.of === 'hello' || notice.of === 'identify' ? '' : t('saved');
  return (
    <p className={notice?.kind === 'refused' ? 'notice error' : 'notice'} role="status" aria-live="polite" data-testid="notice">
      {text}
    </p>
  );
}

export function RoomApp({ socket, i18n }: { socket: RoomSocket; i18n: I18n }) {
  const state = useSyncExternalStore(
    (listener) => socket.subscribe(listener),
    () => socket.state,
  );
  const t = i18n.t.bind(i18n);
  useEffect(() => {
    document.title = state.title ? `${state.title} · Verkstad` : 'Verkstad';
  }, [state.title]);

  if (state.connection === 'closed')
    return (
      <main className="page">
        <h1 className="quiet">{t('closed')}</h1>
      </main>
    );
  const identity = state.you?.identity ?? null;
  return (
    <>
      <header className="top">
        <span className="title">{state.title || 'Verkstad'}</span>
        {identity && (
          <span className="who" data-testid="who">
            {identity.kind === 'named' ? t('you.checkedIn', { name: identity.name }) : t('you.anonymous')}
          </span>
        )}
      </header>
      <main className="page">
        {state.connection !== 'open' && (
          <p className="banner" role="status" aria-live="polite">
            {state.connection === 'connecting' ? t('connecting') : t('reconnecting')}
          </p>
        )}
        {state.connection !== 'connecting' && state.you !== null && (
          <>
            {identity === null ? (
              <Identify state={state} socket={socket} t={t} />
            ) : state.activity ? (
              <Activity key={state.activity.id} activity={state.activity} state={state} socket={socket} t={t} />
            ) : (
              <Waiting t={t} />
            )}
          </>
        )}
        <Notice state={state} t={t} />
      </main>
      {identity && (
        <footer className="bottom">
          <button type="button" aria-pressed={state.you?.handRaised ?? false} className={state.you?.handRaised ? 'hand raised' : 'hand'} onClick={() => socket.hand(!state.you?.handRaised)}>
            {state.you?.handRaised ? t('hand.lower') : t('hand.raise')}
          </button>
          {state.you?.handRaised && <span className="hint">{t('hand.raised')}</span>}
        </footer>
      )}
    </>
  );
}

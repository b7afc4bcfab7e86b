import './room.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/i18n/format';
import type { Language } from '../../shared/model/workshop';
import type { ProjectorRoom } from '../run/projectorLink';
import { LiveTally } from './LiveTally';

/**
 * The room on the projector, in place of the countdown: how to join (QR code, short address and
 * code) while nothing is open, else the question and its answers arriving.
 */
export function ProjectorRoomPanel({ room, language }: { room: ProjectorRoom; language: Language }) {
  const { t } = useTranslation();
  const src = useMemo(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(room.qrSvg)}`, [room.qrSvg]);
  const activity = room.activity;
  const join = (
    <p className="projector-room-foot" data-testid="projector-room-foot">
      {t('room.projector.foot', { url: room.shortUrl, code: room.code, count: room.joined })}
    </p>
  );
  if (!activity || !room.live)
    return (
      <div className="projector-room" data-testid="projector-room">
        <div className="projector-room-join">
          <img src={src} alt={t('room.join.qrAlt', { url: room.shortUrl })} />
          <div className="how">
            <div>{t('room.projector.scan')}</div>
            <div>{t('room.projector.orOpen')}</div>
            <div className="big">{room.shortUrl.replace(/^http:\/\//, '')}</div>
            <div>{t('room.projector.code')}</div>
            <div className="big" data-testid="projector-room-code">
              {room.code}
            </div>
          </div>
        </div>
        <p className="projector-room-foot" data-testid="projector-room-joined">
          {t('room.projector.joined', { count: room.joined })}
        </p>
      </div>
    );
  return (
    <div className="projector-room" data-testid="projector-room">
      <h1 className="projector-room-question">{activity.kind === 'poll' ? activity.question : activity.prompt || t(`room.kinds.${activity.kind}`)}</h1>
      <LiveTally activity={activity} live={room.live} t={t} formatNumber={(n) => formatNumber(n, language, 1)} large />
      {join}
    </div>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';

export const useLeafCertificateTilesStyles = makeStyles({
  tiles: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
    gap: tokens.spacingHorizontalM,
    maxWidth: '880px',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  label: { color: tokens.colorNeutralForeground2 },
  active: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteGreenBorderActive}` },
  expired: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorNeutralStrokeAccessible}` },
  revoked: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorderActive}` },
  total: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
});

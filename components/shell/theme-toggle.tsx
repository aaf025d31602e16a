'use client';
import { Button, Tooltip } from '@fluentui/react-components';
import { WeatherMoon20Regular, WeatherSunny20Regular } from '@fluentui/react-icons';
import { useThemeMode } from '@/components/theme-mode';

export function ThemeToggle({ className }: { className?: string }) {
  const { mode, toggleMode } = useThemeMode();
  const label = mode === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  return (
    <Tooltip content={label} relationship="label">
      <Button
        appearance="transparent"
        icon={mode === 'dark' ? <WeatherSunny20Regular /> : <WeatherMoon20Regular />}
        onClick={toggleMode}
        className={className}
      />
    </Tooltip>
  );
}

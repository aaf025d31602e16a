'use client';
import * as React from 'react';
import { AuthContext, type AuthState } from './auth-context';

/** The signed-in user; only usable below <AuthProvider>, which renders its children only once signed in. */
export function useAuth(): AuthState {
  const state = React.useContext(AuthContext);
  if (!state) throw new Error('useAuth() is used outside <AuthProvider>.');
  return state;
}

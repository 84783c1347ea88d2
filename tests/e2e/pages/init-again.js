Lifebuoy('init', { adapter: 'demo' });

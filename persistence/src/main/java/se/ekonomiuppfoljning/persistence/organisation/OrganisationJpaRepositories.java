package se.ekonomiuppfoljning.persistence.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeJpaRepository extends JpaRepository<CommitteeEntity, String> {}

interface UnitJpaRepository extends JpaRepository<UnitEntity, String> {}

interface AccountJpaRepository extends JpaRepository<AccountEntity, String> {}
